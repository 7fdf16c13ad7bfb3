/** What the alert rules raise (DESIGN.md §10): one record per episode of a rule on one subject. */
import type { AlertRule, AlertRuleId } from '../../model/types'

export type { AlertRuleId }

/** Red needs action now (a margin under its floor, a customer served at a loss); yellow warns. */
export type AlertSeverity = 'red' | 'yellow'

export interface Alert {
  rule: AlertRuleId
  featureId?: string
  customerId?: string
  cohortId?: string
  /** For price-change: the model. */
  modelId?: string
  /** 'YYYY-MM-DD': the first day the condition held. */
  openedOn: string
  /** The first day the condition no longer held; null: still open on the last day of data. */
  closedOn: string | null
  /** The rule's metric on openedOn (margin %, cost ÷ revenue, cost per unit, new input price). */
  value: number
  /** What the metric was compared with on openedOn. */
  threshold: number
  /** The same metric one window earlier (openedOn − windowDays); null where it has no value. */
  trend: number | null
  /** 'step:loop' | 'model:gpt-4o' | 'component:kb': what the alert is mostly about; null: none. */
  driver: string | null
  severity: AlertSeverity
}

/** Every rule with each field resolved: the workspace's tuning over the defaults. */
export type EffectiveRules = Record<AlertRuleId, Required<AlertRule>>

/** Episodes of one rule opened in one ISO week (starting Monday). */
export interface WeeklyCount {
  weekStart: string
  rule: AlertRuleId
  count: number
}
