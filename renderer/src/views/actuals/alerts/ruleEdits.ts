/**
 * Edits of the workspace's alert rules (DESIGN.md §10). A workspace keeps only the rules it tunes:
 * the first change writes the list, a rule not yet in it is inserted whole, one already in it has
 * the field set; a reset removes the rule, so every field falls back to the default.
 */
import { effectiveRules } from '../../../../../shared/actuals/alerts'
import type { Edit } from '../../../../../shared/model/editTypes'
import { paths } from '../../../../../shared/model/paths/build'
import type { AlertRule, AlertRuleId, WorkspaceDoc } from '../../../../../shared/model/types'

export type RuleChange = Partial<Omit<AlertRule, 'id'>>

export function ruleEdits(doc: WorkspaceDoc, id: AlertRuleId, change: RuleChange): Edit[] {
  const rule: AlertRule = { id, enabled: effectiveRules(doc)[id].enabled, ...change }
  if (doc.alertRules === undefined)
    return [{ op: 'set', path: paths.alertRules(), value: [{ ...rule }] }]
  if (!doc.alertRules.some((own) => own.id === id))
    return [{ op: 'insert', path: paths.alertRules(), value: { ...rule } }]
  return Object.entries(change).map(([field, value]): Edit => ({
    op: 'set',
    path: paths.alertRule(id, field as keyof RuleChange),
    value: value ?? null,
  }))
}

/** Whether the workspace tunes the rule at all (a reset has something to undo). */
export const isTuned = (doc: WorkspaceDoc, id: AlertRuleId): boolean =>
  doc.alertRules?.some((own) => own.id === id) ?? false

export const resetRuleEdits = (doc: WorkspaceDoc, id: AlertRuleId): Edit[] =>
  isTuned(doc, id) ? [{ op: 'delete', path: paths.alertRule(id) }] : []
