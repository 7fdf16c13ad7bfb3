/**
 * The usage matrix (cohorts × features): a blank cell means the cohort does not use the feature.
 * On the baseline, typing into a blank cell adds the usage entry and blanking a cell removes it;
 * in a scenario the cell is an override like any other (one on a blank cell adds the cohort's use
 * of the feature in that scenario, DESIGN.md §4a).
 */
import type { Edit } from '../../../../shared/model/editTypes'
import { paths, usageOfPath } from '../../../../shared/model/paths/build'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { editsForCells, type CellChange, type CellEditsResult } from '../../store/cellEdits'

export function usageEdits(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  changes: CellChange[],
): CellEditsResult {
  if (scenarioId !== null) return editsForCells(doc, scenarioId, changes)
  const edits: Edit[] = []
  for (const change of changes) {
    const { cohortId, featureId } = usageOfPath(change.path) ?? {}
    const cohort = doc.cohorts.find((c) => c.id === cohortId)
    const exists = cohort?.usage.some((entry) => entry.featureId === featureId) ?? true
    if (cohort === undefined || featureId === undefined) {
      edits.push({ op: 'set', path: change.path, value: change.value })
    } else if (change.value === null) {
      if (exists) edits.push({ op: 'delete', path: paths.usage(cohort.id, featureId) })
    } else if (exists) {
      edits.push({ op: 'set', path: change.path, value: change.value })
    } else {
      edits.push({
        op: 'insert',
        path: paths.usageList(cohort.id),
        value: { featureId, unitsPerSeat: change.value },
      })
    }
  }
  return { ok: true, edits }
}
