import type { Override, Scenario } from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type TableRows } from './rows'

type ScenarioRow = { id: string; position: number; name: string; parent_id: string | null }

type OverrideRow = {
  scenario_id: string
  position: number
  path: string
  op: string
  value: number
  from_month: number | null
}

export function scenarioTables(scenarios: Scenario[]): TableRows[] {
  return [
    {
      spec: { name: 'scenarios', key: ['id'] },
      rows: scenarios.map((scenario, position): ScenarioRow => ({
        id: scenario.id,
        position,
        name: scenario.name,
        parent_id: orNull(scenario.parentId),
      })),
    },
    {
      spec: { name: 'overrides', key: ['scenario_id', 'position'] },
      rows: scenarios.flatMap((scenario) =>
        scenario.overrides.map((override, position): OverrideRow => ({
          scenario_id: scenario.id,
          position,
          path: override.path,
          op: override.op,
          value: override.value,
          from_month: orNull(override.fromMonth),
        })),
      ),
    },
  ]
}

export function readScenarios(db: Db): Scenario[] {
  const scenarios = db.prepare('SELECT * FROM scenarios ORDER BY position').all() as ScenarioRow[]
  const overrides = groupBy(
    db.prepare('SELECT * FROM overrides ORDER BY position').all() as OverrideRow[],
    (row) => row.scenario_id,
  )
  return scenarios.map((row) => ({
    id: row.id,
    name: row.name,
    ...optionalField('parentId', row.parent_id),
    overrides: (overrides.get(row.id) ?? []).map((entry): Override => ({
      path: entry.path,
      op: entry.op as Override['op'],
      value: entry.value,
      ...optionalField('fromMonth', entry.from_month),
    })),
  }))
}
