import type { WorkspaceDoc } from '../../../shared/model/types'
import type { Db } from '../connection'
import { actualsSettingsTables, readActualsSettings } from './actualsSettings'
import { changedEntities } from './changedEntities'
import { cohortTables, readCohorts } from './cohorts'
import { featureTables, readFeatures } from './features'
import { modelTables, readModels } from './models'
import { planTables, readPlans } from './plans'
import type { TableRows } from './rows'
import { readScenarios, scenarioTables } from './scenarios'
import { readSelfHost, selfHostTables } from './selfHost'
import { syncTables } from './syncTables'
import {
  readUncertainty,
  scenarioRangeTable,
  uncertaintyTables,
  withScenarioRanges,
} from './uncertainty'
import { readWorkspaceFields, workspaceTables } from './workspace'

/** Reads the whole document: one query per table, so its cost grows with rows, not entities. */
export function readDocument(db: Db): WorkspaceDoc {
  return db.transaction(() => ({
    ...readWorkspaceFields(db),
    models: readModels(db),
    features: readFeatures(db),
    plans: readPlans(db),
    cohorts: readCohorts(db),
    selfHost: readSelfHost(db),
    scenarios: withScenarioRanges(db, readScenarios(db)),
    ...readActualsSettings(db),
    ...readUncertainty(db),
  }))()
}

/**
 * Writes `next` over the file, which must hold `previous` (null: an empty workspace, i.e. an
 * import). Only the rows that differ are written, all in one transaction (nested in the
 * caller's when there is one).
 */
export function writeDocument(db: Db, previous: WorkspaceDoc | null, next: WorkspaceDoc): void {
  const cut = previous ? changedEntities(previous, next) : { before: null, after: next }
  const before = cut.before ? documentTables(cut.before) : null
  const after = documentTables(cut.after)
  db.transaction(() => syncTables(db, before, after))()
}

/**
 * Every table's rows, parents before the tables that refer to them. The collections may be sparse
 * (changedEntities): `filter` drops the holes the builders' `map` kept.
 */
function documentTables(doc: WorkspaceDoc): TableRows[] {
  return tablesOf(doc).map(({ spec, rows }) => ({ spec, rows: rows.filter(() => true) }))
}

/** Every table's rows for `doc`, parents first (the tables a workspace file holds). */
export function tablesOf(doc: WorkspaceDoc): TableRows[] {
  return [
    ...workspaceTables(doc),
    ...modelTables(doc.models),
    ...featureTables(doc.features),
    ...planTables(doc.plans),
    ...cohortTables(doc.cohorts),
    ...selfHostTables(doc.selfHost),
    ...scenarioTables(doc.scenarios),
    scenarioRangeTable(doc.scenarios),
    ...actualsSettingsTables(doc),
    ...uncertaintyTables(doc),
  ]
}
