/** The document's ranges and backlog (DESIGN.md §11, §12, §13), schema 6's tables. */
import type {
  BacklogItem,
  BacklogStatus,
  Override,
  Range,
  RangeShape,
  Scenario,
  WorkspaceDoc,
} from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type Row, type TableRows } from './rows'

type RangeRow = {
  position: number
  path: string
  low: number
  likely: number
  high: number
  shape: RangeShape
  group_name: string | null
}

type ScenarioRangeRow = RangeRow & { scenario_id: string }

type BacklogRow = {
  id: string
  position: number
  title: string
  status: BacklogStatus
  owner: string | null
  due: string | null
  notes: string | null
  lever_id: string | null
  one_off_cost: number | null
  overrides_json: string
}

const rangeRow = (range: Range, position: number): RangeRow => ({
  position,
  path: range.path,
  low: range.low,
  likely: range.likely,
  high: range.high,
  shape: range.shape,
  group_name: orNull(range.group),
})

const rangeOf = (row: RangeRow): Range => ({
  path: row.path,
  low: row.low,
  likely: row.likely,
  high: row.high,
  shape: row.shape,
  ...optionalField('group', row.group_name),
})

/** The baseline's ranges and the backlog (scenario ranges go with their scenario's tables). */
export function uncertaintyTables(doc: WorkspaceDoc): TableRows[] {
  return [
    { spec: { name: 'ranges', key: ['position'] }, rows: (doc.ranges ?? []).map(rangeRow) },
    {
      spec: { name: 'backlog', key: ['id'] },
      rows: (doc.backlog ?? []).map((item, position): BacklogRow => ({
        id: item.id,
        position,
        title: item.title,
        status: item.status,
        owner: orNull(item.owner),
        due: orNull(item.due),
        notes: orNull(item.notes),
        lever_id: orNull(item.leverId),
        one_off_cost: orNull(item.oneOffCost),
        // A lever's overrides are read and written whole with it: one JSON array.
        overrides_json: JSON.stringify(item.overrides),
      })),
    },
  ]
}

/** Each scenario's own ranges, one table for all (sparse `scenarios` arrays skip their holes). */
export function scenarioRangeTable(scenarios: readonly Scenario[]): TableRows {
  return {
    spec: { name: 'scenario_ranges', key: ['scenario_id', 'position'] },
    rows: scenarios.flatMap((scenario) =>
      (scenario.ranges ?? []).map((range, position): Row => ({
        scenario_id: scenario.id,
        ...rangeRow(range, position),
      })),
    ),
  }
}

/** The scenarios with the ranges each holds (schema 6 keeps them beside the scenarios). */
export function withScenarioRanges(db: Db, scenarios: Scenario[]): Scenario[] {
  const rows = db
    .prepare('SELECT * FROM scenario_ranges ORDER BY position')
    .all() as ScenarioRangeRow[]
  const ranges = groupBy(rows, (row) => row.scenario_id)
  return scenarios.map((scenario) => {
    const own = ranges.get(scenario.id)
    return own ? { ...scenario, ranges: own.map(rangeOf) } : scenario
  })
}

/** The two fields, absent when the file holds none (a version-1 document stays as it was). */
export function readUncertainty(db: Db): Pick<WorkspaceDoc, 'ranges' | 'backlog'> {
  const ranges = db.prepare('SELECT * FROM ranges ORDER BY position').all() as RangeRow[]
  const backlog = db.prepare('SELECT * FROM backlog ORDER BY position').all() as BacklogRow[]
  return {
    ...(ranges.length > 0 && { ranges: ranges.map(rangeOf) }),
    ...(backlog.length > 0 && {
      backlog: backlog.map((row): BacklogItem => ({
        id: row.id,
        title: row.title,
        overrides: JSON.parse(row.overrides_json) as Override[],
        status: row.status,
        ...optionalField('owner', row.owner),
        ...optionalField('due', row.due),
        ...optionalField('notes', row.notes),
        ...optionalField('leverId', row.lever_id),
        ...optionalField('oneOffCost', row.one_off_cost),
      })),
    }),
  }
}
