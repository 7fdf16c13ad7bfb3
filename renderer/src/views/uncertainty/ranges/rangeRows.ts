/**
 * The ranges in force for the active scenario (DESIGN.md §11), each with where it comes from: the
 * baseline, the scenario itself, or a parent scenario it inherits from.
 */
import { scenarioChain } from '../../../../../shared/model/overrides'
import { childPath, paths } from '../../../../../shared/model/paths/build'
import type { Range, WorkspaceDoc } from '../../../../../shared/model/types'
import { effectiveRanges } from '../../../../../shared/simulation'

export type RangeOrigin =
  | { kind: 'baseline' }
  | { kind: 'own' }
  | { kind: 'inherited'; scenarioId: string; scenarioName: string }

export interface RangeRow {
  range: Range
  origin: RangeOrigin
  /** Where the range is stored: `ranges/2` or `scenarios/<id>/ranges/0`. */
  storedAt: string
  /** The range the active scenario's own one replaces, which "reset to inherited" brings back. */
  inherited?: Range
}

interface Layer {
  origin: RangeOrigin
  listPath: string
  ranges: readonly Range[]
}

function layersOf(doc: WorkspaceDoc, scenarioId: string | null): Layer[] {
  const baseline: Layer = {
    origin: { kind: 'baseline' },
    listPath: paths.ranges(),
    ranges: doc.ranges ?? [],
  }
  const scenarios = scenarioChain(doc, scenarioId).map((scenario): Layer => ({
    origin:
      scenario.id === scenarioId
        ? { kind: 'own' }
        : { kind: 'inherited', scenarioId: scenario.id, scenarioName: scenario.name },
    listPath: paths.scenarioRanges(scenario.id),
    ranges: scenario.ranges ?? [],
  }))
  return [baseline, ...scenarios]
}

/** The rows of the Ranges grid, in the order the simulation draws them. */
export function rangeRows(doc: WorkspaceDoc, scenarioId: string | null): RangeRow[] {
  // The last layer holding a path is the one whose range is in force there: searched from the end.
  const layersLastFirst = layersOf(doc, scenarioId).reverse()
  const parentId = scenarioChain(doc, scenarioId).at(-1)?.parentId ?? null
  const inheritedRanges = scenarioId === null ? [] : effectiveRanges(doc, parentId)
  return effectiveRanges(doc, scenarioId).map((range) => {
    const layer = layersLastFirst.find((each) => each.ranges.some((r) => r.path === range.path))
    if (layer === undefined) throw new Error(`no layer holds the range on ${range.path}`)
    const index = layer.ranges.findIndex((r) => r.path === range.path)
    const inherited =
      layer.origin.kind === 'own'
        ? inheritedRanges.find((candidate) => candidate.path === range.path)
        : undefined
    return {
      range,
      origin: layer.origin,
      storedAt: childPath(layer.listPath, index),
      ...(inherited && { inherited }),
    }
  })
}

/** "Baseline", "This scenario", "Inherited from Price rise". */
export function originWords(origin: RangeOrigin): string {
  switch (origin.kind) {
    case 'baseline':
      return 'Baseline'
    case 'own':
      return 'This scenario'
    case 'inherited':
      return `Inherited from ${origin.scenarioName}`
  }
}

/** The groups ranges already use anywhere in the workspace, for suggestions. */
export function rangeGroups(doc: WorkspaceDoc): string[] {
  const all = [doc.ranges ?? [], ...doc.scenarios.map((scenario) => scenario.ranges ?? [])].flat()
  const groups = all.flatMap((range) => (range.group ? [range.group] : []))
  return [...new Set(groups)].sort((a, b) => a.localeCompare(b))
}

/** Whether the active layer holds the row's range itself, so it can remove it there. */
export const isOwnRow = (row: RangeRow, scenarioId: string | null): boolean =>
  row.origin.kind === (scenarioId === null ? 'baseline' : 'own')

/** What removing the active layer's own range does: in a scenario, the inherited one returns. */
export const removeLabel = (row: RangeRow): string =>
  row.inherited ? 'Reset to inherited' : 'Delete range'
