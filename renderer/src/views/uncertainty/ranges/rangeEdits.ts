/**
 * Range edits (DESIGN.md §11): a list of ranges is saved whole, one `set` per user action, into
 * the active scenario's own ranges (where one replaces the range it inherits on the same path) or,
 * with no scenario active, the baseline's.
 */
import type { Edit } from '../../../../../shared/model/editTypes'
import { lastSegment, parentPath, paths } from '../../../../../shared/model/paths/build'
import { valueAt } from '../../../../../shared/model/paths/walk'
import type { Range, RangeShape, WorkspaceDoc } from '../../../../../shared/model/types'
import { likelyValueOf } from '../../../../../shared/simulation'
import { asJson } from '../../../json'
import type { CellChange, CellEditsResult } from '../../../store/cellEdits'
import { usesLikely } from './rangeShapes'

interface RangeList {
  listPath: string
  ranges: readonly Range[]
}

/** The list edits go to: the active scenario's own ranges, or the baseline's. */
export function ownRanges(doc: WorkspaceDoc, scenarioId: string | null): RangeList {
  if (scenarioId === null) return { listPath: paths.ranges(), ranges: doc.ranges ?? [] }
  const scenario = doc.scenarios.find((candidate) => candidate.id === scenarioId)
  return { listPath: paths.scenarioRanges(scenarioId), ranges: scenario?.ranges ?? [] }
}

/** An empty list is dropped from the document rather than kept as `[]`. */
const setList = (listPath: string, ranges: readonly Range[]): Edit => ({
  op: 'set',
  path: listPath,
  value: ranges.length === 0 ? null : asJson(ranges),
})

/** `range` in place of the one on its path, or after the others when its path has none. */
function withRange(ranges: readonly Range[], range: Range): Range[] {
  const at = ranges.findIndex((candidate) => candidate.path === range.path)
  return at < 0 ? [...ranges, range] : ranges.map((each, i) => (i === at ? range : each))
}

/** The edit saving `range` in the active layer. */
export function saveRangeEdit(doc: WorkspaceDoc, scenarioId: string | null, range: Range): Edit {
  const { listPath, ranges } = ownRanges(doc, scenarioId)
  return setList(listPath, withRange(ranges, range))
}

/**
 * The edit dropping the active layer's own range on `path` (in a scenario, the inherited one, if
 * any, is in force again); null when the layer has none there.
 */
export function removeRangeEdit(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  path: string,
): Edit | null {
  const { listPath, ranges } = ownRanges(doc, scenarioId)
  const kept = ranges.filter((range) => range.path !== path)
  return kept.length === ranges.length ? null : setList(listPath, kept)
}

export type RangeField = 'low' | 'likely' | 'high' | 'shape' | 'group'

/**
 * `range` with one field changed. A blank group drops it; leaving lognormal, whose likely may have
 * been left anywhere, brings likely to the median the range stood for, between low and high.
 */
export function editedRange(range: Range, field: RangeField, value: unknown): Range {
  if (field === 'group') {
    const { group: _dropped, ...rest } = range
    const group = typeof value === 'string' ? value.trim() : ''
    return group === '' ? rest : { ...rest, group }
  }
  if (field === 'shape') {
    const shape = value as RangeShape
    const stale =
      !usesLikely(range.shape) && (range.likely < range.low || range.likely > range.high)
    return { ...range, shape, ...(usesLikely(shape) && stale && { likely: likelyValueOf(range) }) }
  }
  return { ...range, [field]: value as number }
}

/** The grid cell of a range's field: the path of the field where the range is stored. */
export const rangeCellPath = (storedAt: string, field: RangeField): string => `${storedAt}/${field}`

/**
 * Typed or pasted cells of the Ranges grid as one edit of the active layer's list: a range shown
 * there but stored in the baseline or a parent scenario is copied into the layer, changed.
 */
export function rangeCellEdits(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  changes: readonly CellChange[],
): CellEditsResult {
  const { listPath, ranges } = ownRanges(doc, scenarioId)
  let edited: readonly Range[] = ranges
  for (const change of changes) {
    const stored = valueAt(doc, parentPath(change.path)) as Range | undefined
    if (stored === undefined) return { ok: false, reason: `${change.field}: no range there` }
    const current = edited.find((range) => range.path === stored.path) ?? stored
    const field = lastSegment(change.path) as RangeField
    edited = withRange(edited, editedRange(current, field, change.value))
  }
  return { ok: true, edits: [setList(listPath, edited)] }
}
