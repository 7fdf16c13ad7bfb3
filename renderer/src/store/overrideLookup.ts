/**
 * Which overrides reach a cell, asked once per cell per render: memoised per document, scenario
 * and path, so tinting a grid costs one scan of the overrides per cell and document version.
 */
import type { WorkspaceDoc } from '../../../shared/model/types'
import { overridesAffecting, type AffectingOverride } from './scenarioOverrides'

export type OverrideLookup = (cellPath: string) => AffectingOverride[]

const none: AffectingOverride[] = []
const noOverrides: OverrideLookup = () => none

const cache = new WeakMap<WorkspaceDoc, Map<string, OverrideLookup>>()

export function overrideLookup(
  doc: WorkspaceDoc | null,
  scenarioId: string | null,
): OverrideLookup {
  if (doc === null || scenarioId === null) return noOverrides
  let perScenario = cache.get(doc)
  if (perScenario === undefined) {
    perScenario = new Map()
    cache.set(doc, perScenario)
  }
  let lookup = perScenario.get(scenarioId)
  if (lookup === undefined) {
    const byPath = new Map<string, AffectingOverride[]>()
    lookup = (cellPath) => {
      let found = byPath.get(cellPath)
      if (found === undefined) {
        found = overridesAffecting(doc, scenarioId, cellPath)
        byPath.set(cellPath, found.length === 0 ? none : found)
      }
      return found
    }
    perScenario.set(scenarioId, lookup)
  }
  return lookup
}
