import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../shared/model/edits'
import type { Edit } from '../../../shared/model/editTypes'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { PlanningDocKeeper } from '../../../renderer/src/views/opportunities/jobs/planningDoc'
import { repoPath } from '../../fixtures/paths'

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

function edited(doc: WorkspaceDoc, edit: Edit): WorkspaceDoc {
  const result = applyEdits(doc, [edit])
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.doc
}

describe('the document as the levers see it', () => {
  it('leaves the backlog out', () => {
    const withBacklog: WorkspaceDoc = { ...supportAgent, backlog: [] }
    expect('backlog' in new PlanningDocKeeper().keep(withBacklog)).toBe(false)
  })

  it('stays the same object while only the backlog changes', () => {
    const keeper = new PlanningDocKeeper()
    const first = keeper.keep(supportAgent)
    const kept = edited(supportAgent, {
      op: 'set',
      path: 'backlog',
      value: [{ id: 'a', title: 'A', overrides: [], status: 'idea' }],
    })
    expect(keeper.keep(kept)).toBe(first)
    const owned = edited(kept, { op: 'set', path: 'backlog/a/owner', value: 'Dana' })
    expect(keeper.keep(owned)).toBe(first)
  })

  it('is a new object once anything else changes', () => {
    const keeper = new PlanningDocKeeper()
    const first = keeper.keep(supportAgent)
    const priced = edited(supportAgent, {
      op: 'set',
      path: 'features/complex/pricePerUnit',
      value: 3,
    })
    const second = keeper.keep(priced)
    expect(second).not.toBe(first)
    expect(second.features).toBe(priced.features)
  })
})
