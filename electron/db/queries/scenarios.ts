import type { InsertedEntity, Override, Scenario, ValueOp } from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type TableRows } from './rows'

type ScenarioRow = { id: string; position: number; name: string; parent_id: string | null }

type OverrideRow = {
  scenario_id: string
  position: number
  path: string
  op: string
  /** The number of a set, scale or add; NULL for insert and remove. */
  value: number | null
  /** The entity an insert adds, as JSON; NULL for every other op. */
  value_json: string | null
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
          value: override.op === 'insert' || override.op === 'remove' ? null : override.value,
          value_json: override.op === 'insert' ? JSON.stringify(override.value) : null,
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
    overrides: (overrides.get(row.id) ?? []).map(overrideOf),
  }))
}

/** An override row as the document holds it; the table's CHECKs guarantee the op's value. */
function overrideOf(row: OverrideRow): Override {
  const common = { path: row.path, ...optionalField('fromMonth', row.from_month) }
  switch (row.op) {
    case 'insert':
      return {
        ...common,
        op: 'insert',
        value: JSON.parse(row.value_json ?? '{}') as InsertedEntity,
      }
    case 'remove':
      return { ...common, op: 'remove' }
    default:
      return { ...common, op: row.op as ValueOp, value: row.value ?? 0 }
  }
}
