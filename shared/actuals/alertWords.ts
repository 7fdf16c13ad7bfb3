/**
 * Alerts in words (DESIGN.md §10): the rule as a sentence, the subject and driver by the names
 * the workspace gives them, the metric in its unit. The Alerts tab, the Overview's "Needs
 * attention" and the weekly review (page and CSV) word an alert alike.
 */
import type { AlertRule, WorkspaceDoc } from '../model/types'
import { formatCallMoney, formatPct, formatUnitMoney } from '../report/format'
import type { Alert, AlertRuleId, AlertSeverity, EffectiveRules } from './alerts'

/** "3-day margin below floor": the rule with its window and threshold as the workspace tunes them. */
export function alertRuleTitle(rule: Required<AlertRule>): string {
  const days = rule.windowDays
  switch (rule.id) {
    case 'red-3d':
      return `${days}-day margin below floor`
    case 'yellow-7d':
      return `${days}-day margin in the yellow band`
    case 'customer-cost-ratio':
      return `Customer cost above ${formatPct(rule.threshold * 100, 0)} of revenue`
    case 'cost-per-unit-jump':
      return days === 7
        ? `Cost per unit up more than ${formatPct(rule.threshold, 0)} week over week`
        : `Cost per unit up more than ${formatPct(rule.threshold, 0)} on the ${days} days before`
    case 'price-change':
      return 'Model price changed'
  }
}

/** The unit a rule's value, threshold and trend are in, as the weekly review's CSV names it. */
export const ALERT_METRIC_UNIT: Readonly<Record<AlertRuleId, string>> = {
  'red-3d': '%',
  'yellow-7d': '%',
  'customer-cost-ratio': 'cost ÷ revenue',
  'cost-per-unit-jump': 'USD per unit',
  'price-change': 'USD per MTok input',
}

/**
 * A rule's metric as people read it: margins "53.5%", cost ÷ revenue "92%" (of revenue), cost per
 * unit "$0.0123" (or "$0.00204"), a model's input price "$2.50 / MTok".
 */
export function formatAlertMetric(rule: AlertRuleId, value: number | null): string {
  if (value === null) return '—'
  switch (rule) {
    case 'red-3d':
    case 'yellow-7d':
      return formatPct(value)
    case 'customer-cost-ratio':
      return formatPct(value * 100, 0)
    case 'cost-per-unit-jump':
      // Often a fraction of a cent: three significant digits keep $0.00204 apart from its limit.
      return formatCallMoney(value)
    case 'price-change':
      return `${formatUnitMoney(value)} / MTok`
  }
}

/** What the threshold is to the rule: a floor, the band's top, a share, a limit, the old price. */
export const ALERT_THRESHOLD_WORD: Readonly<Record<AlertRuleId, string>> = {
  'red-3d': 'floor',
  'yellow-7d': 'band top',
  'customer-cost-ratio': 'limit',
  'cost-per-unit-jump': 'limit',
  'price-change': 'was',
}

const nameIn = (items: readonly { id: string; name: string }[], id: string): string =>
  items.find((item) => item.id === id)?.name ?? id

/** The feature, customer (with its cohort), cohort or model an alert is about, by name. */
export function alertSubject(alert: Alert, doc: WorkspaceDoc): string {
  if (alert.featureId !== undefined) return nameIn(doc.features, alert.featureId)
  if (alert.modelId !== undefined) return nameIn(doc.models, alert.modelId)
  const cohort = alert.cohortId === undefined ? null : nameIn(doc.cohorts, alert.cohortId)
  if (alert.customerId !== undefined) {
    return cohort === null
      ? `Customer ${alert.customerId}`
      : `Customer ${alert.customerId} (${cohort})`
  }
  return cohort ?? '—'
}

/** "Step Agent loop", "Model GPT-4o", "Component Vector DB"; null when the alert names none. */
export function alertDriverText(alert: Alert, doc: WorkspaceDoc): string | null {
  if (alert.driver === null) return null
  const [kind, ...rest] = alert.driver.split(':')
  const id = rest.join(':')
  const feature = doc.features.find((candidate) => candidate.id === alert.featureId)
  switch (kind) {
    case 'step':
      return `Step ${nameIn(feature?.steps ?? [], id)}`
    case 'model':
      return `Model ${nameIn(doc.models, id)}`
    case 'component':
      return `Component ${nameIn(feature?.components ?? [], id)}`
    default:
      return alert.driver
  }
}

/** A severity as its chip says it: red needs action now, yellow is a warning. */
export const SEVERITY_WORD: Readonly<Record<AlertSeverity, string>> = {
  red: 'Red',
  yellow: 'Yellow',
}

/** Red first, then the longest open; a stable order for every list of alerts. */
export function byUrgency(a: Alert, b: Alert): number {
  if (a.severity !== b.severity) return a.severity === 'red' ? -1 : 1
  return a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0
}

/** An alert with every part in words, as each list of alerts shows it. */
export interface WordedAlert {
  alert: Alert
  title: string
  subject: string
  value: string
  /** "floor 70.0%", "was $2.50 / MTok". */
  threshold: string
  /** The same metric one window earlier. */
  trend: string
  driver: string | null
}

export function wordAlert(alert: Alert, doc: WorkspaceDoc, rules: EffectiveRules): WordedAlert {
  return {
    alert,
    title: alertRuleTitle(rules[alert.rule]),
    subject: alertSubject(alert, doc),
    value: formatAlertMetric(alert.rule, alert.value),
    threshold: `${ALERT_THRESHOLD_WORD[alert.rule]} ${formatAlertMetric(alert.rule, alert.threshold)}`,
    trend: formatAlertMetric(alert.rule, alert.trend),
    driver: alertDriverText(alert, doc),
  }
}
