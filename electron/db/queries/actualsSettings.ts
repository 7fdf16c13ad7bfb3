/** The document's alert rules and import mappings (DESIGN.md §10, §9, §13), schema 5's tables. */
import type {
  ActualsMapping,
  AlertRule,
  AlertRuleId,
  WorkspaceDoc,
} from '../../../shared/model/types'
import type { Db } from '../connection'
import { optionalField, orNull, type TableRows } from './rows'

type AlertRuleRow = {
  id: AlertRuleId
  position: number
  enabled: 0 | 1
  window_days: number | null
  threshold: number | null
}

type MappingRow = { id: ActualsMapping['id']; position: number; mapping_json: string }

export function actualsSettingsTables(doc: WorkspaceDoc): TableRows[] {
  return [
    {
      spec: { name: 'alert_rules', key: ['id'] },
      rows: (doc.alertRules ?? []).map((rule, position): AlertRuleRow => ({
        id: rule.id,
        position,
        enabled: rule.enabled ? 1 : 0,
        window_days: orNull(rule.windowDays),
        threshold: orNull(rule.threshold),
      })),
    },
    {
      spec: { name: 'actuals_mappings', key: ['id'] },
      // A mapping is read and written whole, and it nests tables of its own: one JSON object.
      rows: (doc.actualsMappings ?? []).map((mapping, position): MappingRow => ({
        id: mapping.id,
        position,
        mapping_json: JSON.stringify(mapping),
      })),
    },
  ]
}

/** The two fields, absent when the file holds none (a version-1 document stays as it was). */
export function readActualsSettings(db: Db): Pick<WorkspaceDoc, 'alertRules' | 'actualsMappings'> {
  const rules = db.prepare('SELECT * FROM alert_rules ORDER BY position').all() as AlertRuleRow[]
  const mappings = db
    .prepare('SELECT * FROM actuals_mappings ORDER BY position')
    .all() as MappingRow[]
  return {
    ...(rules.length > 0 && {
      alertRules: rules.map((row): AlertRule => ({
        id: row.id,
        enabled: row.enabled === 1,
        ...optionalField('windowDays', row.window_days),
        ...optionalField('threshold', row.threshold),
      })),
    }),
    ...(mappings.length > 0 && {
      actualsMappings: mappings.map((row) => JSON.parse(row.mapping_json) as ActualsMapping),
    }),
  }
}
