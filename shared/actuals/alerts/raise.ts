/** From a rule's per-day condition on one subject to its alerts, one per episode. */
import type { AlertRuleId } from '../../model/types'
import { episodes } from './episodes'
import { ALERT_SEVERITY } from './rules'
import type { Alert, EffectiveRules } from './types'

/** What every rule family evaluates against: the days of data and the rules in force. */
export interface AlertScope {
  days: readonly string[]
  rules: EffectiveRules
}

/** Whom or what an alert is about. */
export type AlertSubject = Pick<Alert, 'featureId' | 'customerId' | 'cohortId' | 'modelId'>

/** What an alert reports, measured on its opening day. */
export type AlertMeasures = Pick<Alert, 'value' | 'threshold' | 'trend' | 'driver'>

export function raise(
  scope: AlertScope,
  rule: AlertRuleId,
  subject: AlertSubject,
  holds: (day: number) => boolean,
  measure: (openDay: number) => AlertMeasures,
): Alert[] {
  const { days } = scope
  return episodes(days.length, holds).map(({ open, close }) => ({
    rule,
    ...subject,
    openedOn: days[open]!,
    closedOn: close === null ? null : days[close]!,
    ...measure(open),
    severity: ALERT_SEVERITY[rule],
  }))
}
