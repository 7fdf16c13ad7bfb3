/** The five rules' defaults (DESIGN.md §10) and the workspace's tuning of them (`alertRules`). */
import type { AlertRule, AlertRuleId, WorkspaceDoc } from '../../model/types'
import type { AlertSeverity, EffectiveRules } from './types'

/** Every rule, in the order alerts of one day and weekly counts list them. */
export const ALERT_RULE_IDS: readonly AlertRuleId[] = [
  'red-3d',
  'yellow-7d',
  'customer-cost-ratio',
  'cost-per-unit-jump',
  'price-change',
]

/**
 * §10's defaults. `threshold` means something only to the ratio rule (cost ÷ revenue) and the
 * jump rule (percent rise); the margin rules read features' floors and the price rule compares
 * prices, so theirs is 0 and unread. price-change's window is how many days its alert stays open.
 */
export const DEFAULT_ALERT_RULES: EffectiveRules = {
  'red-3d': { id: 'red-3d', enabled: true, windowDays: 3, threshold: 0 },
  'yellow-7d': { id: 'yellow-7d', enabled: true, windowDays: 7, threshold: 0 },
  'customer-cost-ratio': {
    id: 'customer-cost-ratio',
    enabled: true,
    windowDays: 7,
    threshold: 0.8,
  },
  'cost-per-unit-jump': { id: 'cost-per-unit-jump', enabled: true, windowDays: 7, threshold: 15 },
  'price-change': { id: 'price-change', enabled: true, windowDays: 7, threshold: 0 },
}

/**
 * A rule below the floor or a customer served at a loss is red; the early warnings (the band, a
 * jump in cost per unit, a new price) are yellow.
 */
export const ALERT_SEVERITY: Readonly<Record<AlertRuleId, AlertSeverity>> = {
  'red-3d': 'red',
  'yellow-7d': 'yellow',
  'customer-cost-ratio': 'red',
  'cost-per-unit-jump': 'yellow',
  'price-change': 'yellow',
}

/** The defaults with the workspace's rules over them, field by field; a later entry wins. */
export function effectiveRules(doc: WorkspaceDoc): EffectiveRules {
  const rules = { ...DEFAULT_ALERT_RULES }
  for (const own of doc.alertRules ?? [])
    rules[own.id] = { ...rules[own.id], ...definedFields(own) }
  return rules
}

/** A field present but undefined (a JSON round trip never makes one, code can) keeps the default. */
const definedFields = (rule: AlertRule): Partial<AlertRule> =>
  Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined))
