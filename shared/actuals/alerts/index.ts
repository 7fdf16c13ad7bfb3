/** The margin alert rules (DESIGN.md §10): evaluation, the rules in force, and their summaries. */
export { evaluateAlerts, type AlertInput } from './evaluateAlerts'
export { openAlerts } from './openAlerts'
export { ALERT_RULE_IDS, ALERT_SEVERITY, DEFAULT_ALERT_RULES, effectiveRules } from './rules'
export type { Alert, AlertRuleId, AlertSeverity, EffectiveRules, WeeklyCount } from './types'
export { alertsPerWeek } from './weeklyCounts'
