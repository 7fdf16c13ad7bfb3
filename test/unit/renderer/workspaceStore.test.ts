import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EditAck, WorkspaceAccess } from '../../../shared/api'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { repoPath } from '../../fixtures/paths'

const call = vi.fn()
vi.mock('../../../renderer/src/transport/api', () => ({ api: { call } }))

const { useWorkspace } = await import('../../../renderer/src/store/workspaceStore')
const { ApiFailure } = await import('../../../renderer/src/transport/apiFailure')

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

/** A service reply the test releases when it wants, to look at the store in between. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const editable: WorkspaceAccess = { mode: 'edit' }

const setComplexPrice = (value: number) => [
  { op: 'set' as const, path: 'features/complex/pricePerUnit', value },
]
const state = () => useWorkspace.getState()
const margin = () => state().view?.result?.portfolio.grossMarginPct
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  call.mockReset()
  state().adopt({
    path: '/tmp/support.marginplan',
    doc: supportAgent,
    revision: 7,
    access: editable,
  })
  state().setActiveScenario(null)
})

describe('workspace store: optimistic commits', () => {
  it('computes the result of the open document (README: portfolio 64.0%)', () => {
    expect(margin()).toBeCloseTo(64.0, 6)
  })

  it('shows an accepted edit before the service answers, then records the new revision', async () => {
    const reply = deferred<EditAck>()
    call.mockReturnValueOnce(reply.promise)

    expect(state().commit('Edit price', setComplexPrice(5))).toEqual({ ok: true })
    // README: complex at $5 puts the portfolio at 72.3077%.
    expect(margin()).toBeCloseTo(72.3077, 4)
    expect(state().saveStatus).toBe('saving')
    await flush()
    expect(call).toHaveBeenCalledWith('edits/apply', {
      revision: 7,
      label: 'Edit price',
      edits: setComplexPrice(5),
    })

    reply.resolve({ revision: 8 })
    await flush()
    expect(state().revision).toBe(8)
    expect(state().saveStatus).toBe('saved')
  })

  it('refuses an edit that would make the document invalid: nothing shown, nothing sent', () => {
    const before = state().doc
    const outcome = state().commit('Edit price', setComplexPrice(-1))
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.problems[0]?.path).toContain('complex')
    expect(state().doc).toBe(before)
    expect(state().history.undo).toHaveLength(0)
    expect(call).not.toHaveBeenCalled()
  })

  it('sends one edit at a time, each with the revision the previous one produced', async () => {
    const first = deferred<EditAck>()
    const second = deferred<EditAck>()
    call.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)

    state().commit('First', setComplexPrice(3))
    state().commit('Second', setComplexPrice(4))
    await flush()
    expect(call).toHaveBeenCalledTimes(1)

    first.resolve({ revision: 8 })
    await flush()
    expect(call).toHaveBeenCalledTimes(2)
    expect(call.mock.calls[1]?.[1]).toMatchObject({ revision: 8, label: 'Second' })
    second.resolve({ revision: 9 })
    await flush()
    expect(state().revision).toBe(9)
  })

  it('rolls the document and the history back when the service refuses, and says why', async () => {
    call.mockRejectedValueOnce(new ApiFailure({ code: 'io', message: 'disk full', problems: [] }))
    state().commit('Edit price', setComplexPrice(5))
    await flush()
    expect(state().doc).toBe(supportAgent)
    expect(margin()).toBeCloseTo(64.0, 6)
    expect(state().history.undo).toHaveLength(0)
    expect(state().saveStatus).toBe('error')
    expect(state().notice?.text).toContain('disk full')
  })
})

describe('workspace store: files that changed or cannot be written', () => {
  it('refuses an edit in a read-only workspace with its message, sending nothing', () => {
    const message = 'support.marginplan cannot be saved here. Save As to edit a copy.'
    state().adopt({
      path: '/tmp/support.marginplan',
      doc: supportAgent,
      revision: 7,
      access: { mode: 'read-only', reason: 'permissions', message },
    })
    const outcome = state().commit('Edit price', setComplexPrice(5))
    expect(outcome).toEqual({ ok: false, problems: [{ path: 'workspace', message }] })
    expect(state().doc).toBe(supportAgent)
    expect(call).not.toHaveBeenCalled()
  })

  it('on a conflict reloads what the file holds now and says the change was not saved', async () => {
    const theirs = structuredClone(supportAgent)
    theirs.name = 'Changed in the other window'
    call
      .mockRejectedValueOnce(
        new ApiFailure({ code: 'conflict', message: 'changed elsewhere', problems: [] }),
      )
      .mockResolvedValueOnce({
        path: '/tmp/support.marginplan',
        doc: theirs,
        revision: 9,
        access: editable,
      })
    state().commit('Edit price', setComplexPrice(5))
    await flush()
    await flush()
    expect(call.mock.calls[1]?.[0]).toBe('workspace/current')
    expect(state().doc?.name).toBe('Changed in the other window')
    expect(state().revision).toBe(9)
    expect(state().history.undo).toHaveLength(0)
    expect(state().notice?.text).toMatch(/^Not saved: the workspace was changed in another window/)
  })
})

describe('workspace store: catching up with the file', () => {
  it('shows what another window saved, and says so, when nothing of ours is on its way', async () => {
    const theirs = structuredClone(supportAgent)
    theirs.features[1]!.pricePerUnit = 5
    call.mockResolvedValueOnce({ revision: 8, access: editable }).mockResolvedValueOnce({
      path: '/tmp/support.marginplan',
      doc: theirs,
      revision: 8,
      access: editable,
    })
    await state().syncWithFile()
    expect(call.mock.calls.map(([channel]) => channel)).toEqual([
      'workspace/status',
      'workspace/current',
    ])
    expect(state().revision).toBe(8)
    // README: complex at $5 puts the portfolio at 72.3077%.
    expect(margin()).toBeCloseTo(72.3077, 4)
    expect(state().notice?.text).toBe('Updated with the changes saved in another window.')
  })

  it('asks only for the status when the file has not changed', async () => {
    call.mockResolvedValueOnce({ revision: 7, access: editable })
    await state().syncWithFile()
    expect(call).toHaveBeenCalledTimes(1)
    expect(state().doc).toBe(supportAgent)
  })

  it('leaves an edit made meanwhile to its own answer', async () => {
    const status = deferred<unknown>()
    call.mockReturnValueOnce(status.promise).mockReturnValue(new Promise(() => {}))
    const syncing = state().syncWithFile()
    state().commit('Edit price', setComplexPrice(5))
    status.resolve({ revision: 8, access: editable })
    await syncing
    expect(call.mock.calls.map(([channel]) => channel)).not.toContain('workspace/current')
    expect(margin()).toBeCloseTo(72.3077, 4)
  })
})

describe('workspace store: undo and redo', () => {
  it('undo commits the inverse and redo re-applies, each sent to the service', async () => {
    call.mockImplementation(async (_channel, request: { revision: number }) => ({
      revision: request.revision + 1,
    }))
    state().commit('Edit complex price', setComplexPrice(5))
    await flush()

    state().undo()
    expect(margin()).toBeCloseTo(64.0, 6)
    expect(state().history.redo.map((e) => e.label)).toEqual(['Edit complex price'])
    await flush()
    expect(call.mock.calls[1]?.[1]).toMatchObject({
      label: 'Undo Edit complex price',
      edits: [{ op: 'set', path: 'features/complex/pricePerUnit', value: 2 }],
    })

    state().redo()
    expect(margin()).toBeCloseTo(72.3077, 4)
    expect(state().history.undo.map((e) => e.label)).toEqual(['Edit complex price'])
    await flush()
    expect(state().revision).toBe(10)
  })
})

describe('workspace store: scenarios', () => {
  it('evaluates the active scenario (README: price-complex 72.3077%, fire-drill 28.0%)', () => {
    state().setActiveScenario('price-complex')
    expect(margin()).toBeCloseTo(72.3077, 4)
    expect(state().view?.viewDoc.features.find((f) => f.id === 'complex')?.pricePerUnit).toBe(5)
    state().setActiveScenario('fire-drill')
    expect(margin()).toBeCloseTo(28.0, 4)
  })

  it('falls back to the baseline when the active scenario disappears', () => {
    state().setActiveScenario('no-such-scenario')
    expect(state().activeScenarioId).toBeNull()
  })
})
