/**
 * What the Opportunities view's buttons do, each one commit (one undo step) on the workspace as it
 * is when the button is pressed.
 */
import type { Lever } from '../../../../shared/backlog'
import { paths } from '../../../../shared/model/paths/build'
import type { BacklogItem, Scenario, WorkspaceDoc } from '../../../../shared/model/types'
import { commitOrExplain } from '../../grids/rowActions'
import { useWorkspace } from '../../store/workspaceStore'
import {
  addItemEdit,
  addScenarioEdit,
  blankItem,
  fillFromScenarioEdits,
  keptItem,
  scenarioFromItem,
  scenarioFromLever,
} from './backlogEdits'

function openDoc(): WorkspaceDoc | null {
  return useWorkspace.getState().doc
}

export function keepLever(lever: Lever): void {
  const doc = openDoc()
  if (doc === null) return
  commitOrExplain('Keep a lever in the backlog', [addItemEdit(doc, keptItem(doc, lever))])
}

/** Adds a blank item; returns its id (null when refused). */
export function addBlankItem(): string | null {
  const doc = openDoc()
  if (doc === null) return null
  const item = blankItem(doc)
  return commitOrExplain('Add a backlog item', [addItemEdit(doc, item)]) ? item.id : null
}

/** The item takes the scenario's own overrides, in one undo step. */
export function fillItemFromScenario(item: BacklogItem, scenario: Scenario): void {
  commitOrExplain(
    `Fill “${item.title}” from “${scenario.name}”`,
    fillFromScenarioEdits(item, scenario),
  )
}

export function deleteItem(item: BacklogItem): void {
  commitOrExplain(`Delete “${item.title}” from the backlog`, [
    { op: 'delete', path: paths.backlogItem(item.id) },
  ])
}

/** Adds the scenario, makes it the active one and says where it came from. */
function addActiveScenario(scenario: Scenario, from: string): void {
  if (!commitOrExplain('Make a scenario', [addScenarioEdit(scenario)])) return
  const { setActiveScenario, notify } = useWorkspace.getState()
  setActiveScenario(scenario.id)
  notify({ kind: 'info', text: `Scenario “${scenario.name}” created from the ${from}` })
}

export function makeScenarioFromLever(lever: Lever): void {
  const { doc, activeScenarioId } = useWorkspace.getState()
  if (doc !== null) addActiveScenario(scenarioFromLever(doc, activeScenarioId, lever), 'lever')
}

export function makeScenarioFromItem(item: BacklogItem): void {
  const { doc, activeScenarioId } = useWorkspace.getState()
  if (doc !== null) addActiveScenario(scenarioFromItem(doc, activeScenarioId, item), 'backlog item')
}
