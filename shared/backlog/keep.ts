/**
 * What the user does with a lever (§12): turn it into a scenario in one click, or keep it in the
 * backlog. Both carry the lever's overrides as they are, on top of the active scenario.
 */
import type { BacklogItem, Scenario, WorkspaceDoc } from '../model/types'
import type { Lever } from './types'

/**
 * A child of the active scenario (or a root scenario on the baseline) holding the lever's (or a
 * kept item's) overrides: `margin compare` between the two shows exactly its evaluation.
 */
export function leverAsScenario(
  doc: WorkspaceDoc,
  activeScenarioId: string | null,
  lever: Pick<Lever, 'title' | 'overrides'>,
  newId: string,
): Scenario {
  if (doc.scenarios.some((scenario) => scenario.id === newId)) {
    throw new Error(`scenario id "${newId}" is already taken`)
  }
  return {
    id: newId,
    name: lever.title,
    ...(activeScenarioId === null ? {} : { parentId: activeScenarioId }),
    overrides: [...lever.overrides],
  }
}

export function backlogItemFromLever(lever: Lever, id: string): BacklogItem {
  return {
    id,
    title: lever.title,
    overrides: [...lever.overrides],
    status: 'idea',
    leverId: lever.id,
    ...(lever.oneOffCost === undefined ? {} : { oneOffCost: lever.oneOffCost }),
  }
}
