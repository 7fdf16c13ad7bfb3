import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { candidateLevers, type Lever } from '../../../shared/backlog'
import type { Edit } from '../../../shared/model/editTypes'
import { applyEdits } from '../../../shared/model/edits'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import {
  addItemEdit,
  addScenarioEdit,
  blankItem,
  fillFromScenarioEdits,
  keptItem,
  keptLeverIds,
  scenarioFromItem,
  scenarioFromLever,
} from '../../../renderer/src/views/opportunities/backlogEdits'
import { repoPath } from '../../fixtures/paths'

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

const ROUTE = 'route:complex/loop:gpt-4o>gpt-4o-mini:100'

function leverOf(doc: WorkspaceDoc, id: string): Lever {
  const lever = candidateLevers(doc, null).find((candidate) => candidate.id === id)
  if (lever === undefined) throw new Error(`no lever ${id}`)
  return lever
}

/** The edits applied and the result checked, as the store does before it saves. */
function applied(doc: WorkspaceDoc, edits: Edit[]): WorkspaceDoc {
  const result = applyEdits(doc, edits)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  const checked = validateDocument(result.doc, { derivedFrom: doc })
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return result.doc
}

describe('keeping levers in the backlog', () => {
  it('sets the list for the first item and inserts the next ones', () => {
    const lever = leverOf(supportAgent, ROUTE)
    const first = keptItem(supportAgent, lever)
    expect(addItemEdit(supportAgent, first).op).toBe('set')
    const once = applied(supportAgent, [addItemEdit(supportAgent, first)])
    expect(once.backlog).toEqual([first])
    const again = keptItem(once, lever)
    expect(addItemEdit(once, again).op).toBe('insert')
    const twice = applied(once, [addItemEdit(once, again)])
    expect(twice.backlog?.map((item) => item.id)).toEqual([
      'route-complex-loop-gpt-4o-gpt-4o-mini-100',
      'route-complex-loop-gpt-4o-gpt-4o-mini-100-2',
    ])
  })

  it('keeps the lever as an idea that remembers the lever it came from', () => {
    const lever = leverOf(supportAgent, ROUTE)
    const item = keptItem(supportAgent, lever)
    expect(item).toMatchObject({ title: lever.title, status: 'idea', leverId: ROUTE })
    expect(item.overrides).toEqual(lever.overrides)
    const kept = applied(supportAgent, [addItemEdit(supportAgent, item)])
    expect([...keptLeverIds(kept)]).toEqual([ROUTE])
    expect(keptLeverIds(supportAgent).size).toBe(0)
  })

  it('numbers blank items so each has its own id and title', () => {
    const first = blankItem(supportAgent)
    const withFirst = applied(supportAgent, [addItemEdit(supportAgent, first)])
    const second = blankItem(withFirst)
    expect([first.title, second.title]).toEqual(['New item', 'New item 2'])
    expect(second.id).not.toBe(first.id)
    expect(second).toMatchObject({ overrides: [], status: 'idea' })
  })
})

describe('filling an item from a scenario', () => {
  const scenario = (doc: WorkspaceDoc, id: string) => {
    const found = doc.scenarios.find((candidate) => candidate.id === id)
    if (found === undefined) throw new Error(`no scenario ${id}`)
    return found
  }

  it('gives a blank item the scenario’s own overrides, not those it inherits', () => {
    const blank = blankItem(supportAgent)
    const withBlank = applied(supportAgent, [addItemEdit(supportAgent, blank)])
    // "route-mini" is a child of "price-complex": only its own override comes along.
    const child = scenario(withBlank, 'route-mini')
    const edits = fillFromScenarioEdits(blank, child)
    expect(edits).toEqual([
      { op: 'set', path: `backlog/${blank.id}/overrides`, value: child.overrides },
    ])
    const filled = applied(withBlank, edits)
    expect(filled.backlog).toEqual([{ ...blank, overrides: child.overrides }])
    expect(filled.scenarios).toEqual(supportAgent.scenarios)
  })

  it('replaces a kept lever’s change, and the item no longer names the lever', () => {
    const kept = keptItem(supportAgent, leverOf(supportAgent, ROUTE))
    const withKept = applied(supportAgent, [addItemEdit(supportAgent, kept)])
    const filled = applied(withKept, fillFromScenarioEdits(kept, scenario(withKept, 'fire-drill')))
    const { leverId: _lever, ...rest } = kept
    expect(filled.backlog).toEqual([
      { ...rest, overrides: scenario(supportAgent, 'fire-drill').overrides },
    ])
    expect(keptLeverIds(filled).size).toBe(0)
  })
})

describe('making scenarios', () => {
  it('makes a lever a child of the active scenario, named after it, numbered when taken', () => {
    const lever = leverOf(supportAgent, ROUTE)
    const scenario = scenarioFromLever(supportAgent, 'price-complex', lever)
    expect(scenario).toMatchObject({
      name: lever.title,
      parentId: 'price-complex',
      overrides: lever.overrides,
    })
    const withScenario = applied(supportAgent, [addScenarioEdit(scenario)])
    const again = scenarioFromLever(withScenario, null, lever)
    expect(again.name).toBe(`${lever.title} 2`)
    expect(again.id).not.toBe(scenario.id)
    expect(again.parentId).toBeUndefined()
  })

  it('makes a backlog item a scenario holding its overrides', () => {
    const item = keptItem(supportAgent, leverOf(supportAgent, ROUTE))
    const scenario = scenarioFromItem(supportAgent, null, item)
    expect(scenario).toMatchObject({ name: item.title, overrides: item.overrides })
    expect(scenario.parentId).toBeUndefined()
    const doc = applied(supportAgent, [addScenarioEdit(scenario)])
    expect(doc.scenarios.at(-1)).toEqual(scenario)
  })
})
