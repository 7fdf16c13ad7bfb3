/**
 * The documents' side of what the Opportunities view does: the backlog item a lever is kept as,
 * a blank item and the scenario overrides it takes, the scenario a lever or an item becomes, and
 * the edits that add them.
 */
import { backlogItemFromLever, leverAsScenario, type Lever } from '../../../../shared/backlog'
import type { Edit } from '../../../../shared/model/editTypes'
import { uniqueId } from '../../../../shared/model/freeNames'
import { paths } from '../../../../shared/model/paths/build'
import type { BacklogItem, Scenario, WorkspaceDoc } from '../../../../shared/model/types'
import { slugify } from '../../../../shared/report/fileNames'
import { newIdentity } from '../../ids'
import { asJson } from '../../json'

const itemsOf = (doc: WorkspaceDoc): readonly BacklogItem[] => doc.backlog ?? []

/** An item as its siblings are named: by its title. */
const named = (item: BacklogItem) => ({ id: item.id, name: item.title })

/** The first item sets the list: a document without a backlog has no list to insert into. */
export function addItemEdit(doc: WorkspaceDoc, item: BacklogItem): Edit {
  return doc.backlog === undefined
    ? { op: 'set', path: paths.backlog(), value: [asJson(item)] }
    : { op: 'insert', path: paths.backlog(), value: asJson(item) }
}

/** The lever as an idea in the backlog, under an id read from the lever's own stable id. */
export function keptItem(doc: WorkspaceDoc, lever: Lever): BacklogItem {
  const id = uniqueId(
    slugify(lever.id),
    itemsOf(doc).map((item) => item.id),
  )
  return backlogItemFromLever(lever, id)
}

/** An idea with nothing in it yet: a note until it takes a scenario's overrides. */
export function blankItem(doc: WorkspaceDoc): BacklogItem {
  const { id, name } = newIdentity('New item', itemsOf(doc).map(named))
  return { id, title: name, overrides: [], status: 'idea' }
}

/**
 * The item's change becomes the scenario's own overrides (not those it inherits from its parent).
 * An item kept from a lever no longer holds that lever, so it stops naming it: the proposal is
 * offered again rather than shown as kept.
 */
export function fillFromScenarioEdits(item: BacklogItem, scenario: Scenario): Edit[] {
  const fill: Edit = {
    op: 'set',
    path: paths.backlogItem(item.id, 'overrides'),
    value: asJson(scenario.overrides),
  }
  if (item.leverId === undefined) return [fill]
  return [fill, { op: 'set', path: paths.backlogItem(item.id, 'leverId'), value: null }]
}

/** Whether a proposal has already been kept (from its stable id, whatever the month). */
export function keptLeverIds(doc: WorkspaceDoc): ReadonlySet<string> {
  return new Set(itemsOf(doc).flatMap((item) => (item.leverId === undefined ? [] : [item.leverId])))
}

/** The lever as a child of the active scenario, named after it (numbered when taken). */
export function scenarioFromLever(
  doc: WorkspaceDoc,
  activeScenarioId: string | null,
  lever: Lever,
): Scenario {
  const { id, name } = newIdentity(lever.title, doc.scenarios)
  return { ...leverAsScenario(doc, activeScenarioId, lever, id), name }
}

/** A kept item as a scenario, as a proposal becomes one: a child of the active scenario. */
export function scenarioFromItem(
  doc: WorkspaceDoc,
  activeScenarioId: string | null,
  item: BacklogItem,
): Scenario {
  const { id, name } = newIdentity(item.title, doc.scenarios)
  return { ...leverAsScenario(doc, activeScenarioId, item, id), name }
}

export const addScenarioEdit = (scenario: Scenario): Edit => ({
  op: 'insert',
  path: paths.scenarios(),
  value: asJson(scenario),
})
