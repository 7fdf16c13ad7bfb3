import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Edit } from '../../../shared/model/editTypes'
import { applyEdits } from '../../../shared/model/edits'
import type { WorkspaceDoc } from '../../../shared/model/types'
import {
  afterRedo,
  afterUndo,
  emptyHistory,
  nextRedo,
  nextUndo,
  recordChange,
  type History,
} from '../../../renderer/src/store/history'
import { repoPath } from '../../fixtures/paths'

const start = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

/** The store's loop in miniature: apply, then let the history record what undoes it. */
class Session {
  doc = start
  history: History = emptyHistory

  private apply(edits: Edit[]): Edit[] {
    const result = applyEdits(this.doc, edits)
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '))
    this.doc = result.doc
    return result.inverse
  }

  change(label: string, edits: Edit[]) {
    const backward = this.apply(edits)
    this.history = recordChange(this.history, { label, forward: edits, backward })
  }

  undo() {
    const entry = nextUndo(this.history)
    if (!entry) return
    this.history = afterUndo(this.history, this.apply(entry.backward))
  }

  redo() {
    const entry = nextRedo(this.history)
    if (!entry) return
    this.history = afterRedo(this.history, this.apply(entry.forward))
  }
}

const price = (doc: WorkspaceDoc, id: string) => doc.features.find((f) => f.id === id)?.pricePerUnit

describe('undo/redo across the workspace', () => {
  it('undoes changes last first and redoes them in order', () => {
    const session = new Session()
    session.change('Edit simple price', [
      { op: 'set', path: 'features/simple/pricePerUnit', value: 3 },
    ])
    session.change('Edit complex price', [
      { op: 'set', path: 'features/complex/pricePerUnit', value: 5 },
    ])

    session.undo()
    expect(price(session.doc, 'complex')).toBe(2)
    expect(price(session.doc, 'simple')).toBe(3)
    session.undo()
    expect(session.doc).toEqual(start)
    expect(nextUndo(session.history)).toBeUndefined()

    session.redo()
    expect(price(session.doc, 'simple')).toBe(3)
    session.redo()
    expect(price(session.doc, 'complex')).toBe(5)
    expect(nextRedo(session.history)).toBeUndefined()
  })

  it('keeps each step labelled on both stacks', () => {
    const session = new Session()
    session.change('Paste 6 cells', [{ op: 'set', path: 'features/simple/pricePerUnit', value: 3 }])
    expect(nextUndo(session.history)?.label).toBe('Paste 6 cells')
    session.undo()
    expect(nextRedo(session.history)?.label).toBe('Paste 6 cells')
  })

  it('drops the redo branch when a new change is made after an undo', () => {
    const session = new Session()
    session.change('A', [{ op: 'set', path: 'features/simple/pricePerUnit', value: 3 }])
    session.undo()
    session.change('B', [{ op: 'set', path: 'features/complex/pricePerUnit', value: 4 }])
    expect(nextRedo(session.history)).toBeUndefined()
    expect(session.history.undo.map((e) => e.label)).toEqual(['B'])
  })

  it('undoes a multi-edit step (one paste) as one step, including inserts and deletes', () => {
    const session = new Session()
    session.change('Paste usage', [
      { op: 'set', path: 'cohorts/all/usage/simple/unitsPerSeat', value: 10 },
      { op: 'delete', path: 'cohorts/all/usage/complex' },
    ])
    session.undo()
    expect(session.doc).toEqual(start)
    session.redo()
    expect(session.doc.cohorts[0]?.usage).toEqual([{ featureId: 'simple', unitsPerSeat: 10 }])
  })

  it('replays the inverse computed when the step was redone, not the original one', () => {
    const session = new Session()
    session.change('Add step', [
      {
        op: 'insert',
        path: 'features/simple/steps',
        value: {
          id: 'extra',
          name: 'Extra',
          inputTokens: 1,
          outputTokens: 1,
          mix: [{ modelId: 'gpt-4o', sharePct: 100 }],
        },
      },
    ])
    session.undo()
    session.redo()
    session.undo()
    expect(session.doc).toEqual(start)
  })

  it('does nothing with empty stacks', () => {
    const session = new Session()
    session.undo()
    session.redo()
    expect(session.doc).toBe(start)
    expect(session.history).toBe(emptyHistory)
  })

  it('keeps the latest 200 steps', () => {
    let history = emptyHistory
    for (let i = 0; i < 205; i += 1)
      history = recordChange(history, { label: `step ${i}`, forward: [], backward: [] })
    expect(history.undo).toHaveLength(200)
    expect(history.undo[0]?.label).toBe('step 5')
  })
})
