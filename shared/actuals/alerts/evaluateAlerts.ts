/**
 * The alert history of the daily facts (DESIGN.md §10): every episode of every enabled rule over
 * [facts.from, facts.to], ordered by opening day, then rule, then subject.
 */
import type { WorkspaceDoc } from '../../model/types'
import { eachDay } from '../days'
import type { DailyFacts } from '../facts'
import { costPerUnitJumpAlerts } from './costPerUnitJump'
import { customerRatioAlerts } from './customerRatio'
import { marginAlerts } from './marginRules'
import { priceChangeAlerts } from './priceChange'
import { ALERT_RULE_IDS, effectiveRules } from './rules'
import { dayRange, driverTotalsBy, totalsBy } from './totals'
import type { Alert } from './types'

export interface AlertInput {
  facts: DailyFacts
  /** Features' floors and bands, the models' price points, the rules' tuning (`alertRules`). */
  doc: WorkspaceDoc
}

/** Facts of a feature the document does not have are not judged: it has no floor to judge by. */
export function evaluateAlerts({ facts, doc }: AlertInput): Alert[] {
  // Every calendar day, whatever `facts.days` lists: windows count days, not rows.
  const range = dayRange(eachDay(facts.from, facts.to))
  const scope = { days: range.days, rules: effectiveRules(doc) }
  const features = totalsBy(facts.features, (row) => row.featureId, range)
  const drivers = driverTotalsBy(facts.features, range)
  return [
    ...marginAlerts(scope, doc.features, features, drivers),
    ...customerRatioAlerts(scope, facts, range),
    ...costPerUnitJumpAlerts(scope, doc.features, features, drivers),
    ...priceChangeAlerts(scope, doc),
  ].sort(byDayRuleSubject)
}

const RULE_ORDER = new Map(ALERT_RULE_IDS.map((rule, i) => [rule, i]))

const subjectOf = (alert: Alert): string =>
  alert.featureId ?? alert.customerId ?? alert.cohortId ?? alert.modelId ?? ''

function byDayRuleSubject(a: Alert, b: Alert): number {
  if (a.openedOn !== b.openedOn) return a.openedOn < b.openedOn ? -1 : 1
  const rule = RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!
  if (rule !== 0) return rule
  const [x, y] = [subjectOf(a), subjectOf(b)]
  return x < y ? -1 : x > y ? 1 : 0
}
