/**
 * Scenario mode (DESIGN.md §4): which overrides of the active scenario's chain touch a cell, so
 * the cell can be tinted, explained on hover, and reset when the override is its own.
 */
import { overrideFormOf, isWithin } from '../../../shared/model/paths/build'
import { overrideReaches } from '../../../shared/model/paths/overrideTargets'
import { insertedEntityPath } from '../../../shared/model/paths/structure'
import type { Override, Scenario, WorkspaceDoc } from '../../../shared/model/types'
import { scenarioViewDoc } from './derived'

/** An override that reaches a cell, and where it lives. */
export interface AffectingOverride {
  scenarioId: string
  scenarioName: string
  index: number
  override: Override
  /** On the active scenario itself with exactly the cell's path: it can be reset from the cell. */
  own: boolean
  /**
   * On the active scenario itself, not a parent: the cell is tinted as this scenario's doing (a
   * row it added, a selector it set) even where only the Overrides grid can reset it.
   */
  ofActive: boolean
}

/** The active scenario first, then its parents; stops at a cycle (validation reports those). */
function scenarioChain(doc: WorkspaceDoc, scenarioId: string): Scenario[] {
  const chain: Scenario[] = []
  let current = doc.scenarios.find((scenario) => scenario.id === scenarioId)
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current)
    const parentId = current.parentId
    current = parentId === undefined ? undefined : doc.scenarios.find((s) => s.id === parentId)
  }
  return chain
}

/** Whether `override` changes the cell at `cellPath`, read in the scenario's document. */
function reaches(viewDoc: WorkspaceDoc, override: Override, cellPath: string): boolean {
  switch (override.op) {
    case 'insert': {
      // Every cell of a row the scenario added is the scenario's doing.
      const added = insertedEntityPath(override.path, override.value)
      return added !== undefined && isWithin(cellPath, added)
    }
    case 'remove':
      return false
    default:
      return overrideReaches(viewDoc, override.path, cellPath)
  }
}

/** Every override of the active scenario's chain that reaches the cell at `cellPath`. */
export function overridesAffecting(
  doc: WorkspaceDoc,
  scenarioId: string,
  cellPath: string,
): AffectingOverride[] {
  const exact = overrideFormOf(cellPath)
  const viewDoc = scenarioViewDoc(doc, scenarioId)
  return scenarioChain(doc, scenarioId).flatMap((scenario) =>
    scenario.overrides.flatMap((override, index) =>
      reaches(viewDoc, override, cellPath)
        ? [
            {
              scenarioId: scenario.id,
              scenarioName: scenario.name,
              index,
              override,
              ofActive: scenario.id === scenarioId,
              own:
                scenario.id === scenarioId &&
                override.path === exact &&
                override.op !== 'insert' &&
                override.op !== 'remove',
            },
          ]
        : [],
    ),
  )
}

/** Whether `path` lies in a row the active scenario itself added (its own insert holds it). */
export function addedByScenario(doc: WorkspaceDoc, scenarioId: string, path: string): boolean {
  const scenario = doc.scenarios.find((candidate) => candidate.id === scenarioId)
  return (scenario?.overrides ?? []).some((override) => {
    if (override.op !== 'insert') return false
    const added = insertedEntityPath(override.path, override.value)
    return added !== undefined && isWithin(path, added)
  })
}
