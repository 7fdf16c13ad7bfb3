import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { KeyValueStore } from '../../../renderer/src/store/rememberedPerFile'
import { readPlace, writePlace } from '../../../renderer/src/store/rememberedPlace'
import { memoryStore } from '../../fixtures/memoryStore'
import { repoPath } from '../../fixtures/paths'

vi.mock('../../../renderer/src/transport/api', () => ({ api: { call: vi.fn() } }))
const { useWorkspace } = await import('../../../renderer/src/store/workspaceStore')

describe('remembered place', () => {
  it('reads back the scenario and view written, per workspace file', () => {
    const store = memoryStore()
    writePlace(store, '/plans/q3.marginplan', { scenarioId: 'route-mini', view: 'selfhost' })
    writePlace(store, '/plans/q4.marginplan', { scenarioId: null, view: 'pricing' })
    expect(readPlace(store, '/plans/q3.marginplan')).toEqual({
      scenarioId: 'route-mini',
      view: 'selfhost',
    })
    expect(readPlace(store, '/plans/q4.marginplan')).toEqual({ scenarioId: null, view: 'pricing' })
    expect(readPlace(store, '/plans/new.marginplan')).toEqual({})
  })

  it('keeps the view when the scenario changes, and the scenario when the view does', () => {
    const store = memoryStore()
    writePlace(store, 'p', { scenarioId: 'fire-drill' })
    writePlace(store, 'p', { view: 'scenarios' })
    expect(readPlace(store, 'p')).toEqual({ scenarioId: 'fire-drill', view: 'scenarios' })
    writePlace(store, 'p', { scenarioId: null })
    expect(readPlace(store, 'p')).toEqual({ scenarioId: null, view: 'scenarios' })
  })

  it('forgets what it cannot read rather than guessing', () => {
    const store = memoryStore()
    writePlace(store, 'p', { scenarioId: 'a' })
    const key = [...store.items.keys()][0] ?? ''
    for (const junk of ['not json', 'null', '[1]', '"a"']) {
      store.items.set(key, junk)
      expect(readPlace(store, 'p')).toEqual({})
    }
    store.items.set(key, '{"scenarioId": 7, "view": "models"}')
    expect(readPlace(store, 'p')).toEqual({ view: 'models' })
  })

  it('works without storage, and a storage that refuses writes only forgets', () => {
    expect(readPlace(null, 'p')).toEqual({})
    expect(() => writePlace(null, 'p', { view: 'models' })).not.toThrow()
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(() => writePlace(full, 'p', { view: 'models' })).not.toThrow()
  })
})

describe('the workspace store reopens each file on its scenario', () => {
  const doc = JSON.parse(
    readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
  ) as WorkspaceDoc
  const state = () => useWorkspace.getState()
  const open = (path: string, opened: WorkspaceDoc = doc) =>
    state().adopt({ path, doc: opened, revision: 1, access: { mode: 'edit' } })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('comes back to the scenario a file was on; another file has its own', () => {
    vi.stubGlobal('localStorage', memoryStore())
    open('/a.marginplan')
    state().setActiveScenario('route-mini')
    open('/b.marginplan')
    state().setActiveScenario(null)
    open('/a.marginplan')
    expect(state().activeScenarioId).toBe('route-mini')
    open('/b.marginplan')
    expect(state().activeScenarioId).toBeNull()
  })

  it('falls back to the baseline when the remembered scenario was deleted', () => {
    vi.stubGlobal('localStorage', memoryStore())
    open('/c.marginplan')
    state().setActiveScenario('fire-drill')
    open('/d.marginplan')
    const withoutFireDrill = {
      ...doc,
      scenarios: doc.scenarios.filter((s) => s.id !== 'fire-drill'),
    }
    open('/c.marginplan', withoutFireDrill)
    expect(state().activeScenarioId).toBeNull()
  })

  it('keeps the active scenario for a file never seen before (Save As)', () => {
    vi.stubGlobal('localStorage', memoryStore())
    open('/e.marginplan')
    state().setActiveScenario('route-mini')
    open('/e-copy.marginplan')
    expect(state().activeScenarioId).toBe('route-mini')
  })
})
