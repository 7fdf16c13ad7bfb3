import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import {
  readComparisons,
  writeComparisons,
} from '../../../renderer/src/store/rememberedComparisons'
import type { KeyValueStore } from '../../../renderer/src/store/rememberedPerFile'
import { memoryStore } from '../../fixtures/memoryStore'
import { repoPath } from '../../fixtures/paths'

vi.mock('../../../renderer/src/transport/api', () => ({ api: { call: vi.fn() } }))
const { useWorkspace } = await import('../../../renderer/src/store/workspaceStore')

const known = new Set(['a', 'b', 'c'])

describe('remembered comparisons', () => {
  it('reads back what was written, per workspace file', () => {
    const store = memoryStore()
    writeComparisons(store, '/plans/q3.marginplan', ['b', 'a'])
    writeComparisons(store, '/plans/q4.marginplan', ['c'])
    expect(readComparisons(store, '/plans/q3.marginplan', known)).toEqual(['b', 'a'])
    expect(readComparisons(store, '/plans/q4.marginplan', known)).toEqual(['c'])
    expect(readComparisons(store, '/plans/new.marginplan', known)).toEqual([])
  })

  it('ignores scenarios that no longer exist, repeats and anything not a list of ids', () => {
    const store = memoryStore()
    writeComparisons(store, 'p', ['a', 'gone', 'a', 'c'])
    expect(readComparisons(store, 'p', known)).toEqual(['a', 'c'])
    for (const junk of ['not json', '{"a":1}', '[1, null]', 'null']) {
      store.items.set([...store.items.keys()][0] ?? '', junk)
      expect(readComparisons(store, 'p', known)).toEqual([])
    }
  })

  it('works without storage, and a storage that refuses writes only forgets', () => {
    expect(readComparisons(null, 'p', known)).toEqual([])
    expect(() => writeComparisons(null, 'p', ['a'])).not.toThrow()
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(() => writeComparisons(full, 'p', ['a'])).not.toThrow()
  })
})

describe('the workspace store remembers the comparison of each file', () => {
  const doc = JSON.parse(
    readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
  ) as WorkspaceDoc
  const state = () => useWorkspace.getState()

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('brings a file’s comparison back when it is opened again (a reload)', () => {
    vi.stubGlobal('localStorage', memoryStore())
    state().adopt({ path: '/a.marginplan', doc, revision: 1, access: { mode: 'edit' } })
    state().setComparisons(['route-mini', 'fire-drill'])
    state().adopt({ path: '/b.marginplan', doc, revision: 1, access: { mode: 'edit' } })
    expect(state().comparisonIds).toEqual([])
    state().adopt({ path: '/a.marginplan', doc, revision: 2, access: { mode: 'edit' } })
    expect(state().comparisonIds).toEqual(['route-mini', 'fire-drill'])
  })

  it('drops a compared scenario once it is deleted', () => {
    vi.stubGlobal('localStorage', memoryStore())
    state().adopt({ path: '/c.marginplan', doc, revision: 1, access: { mode: 'edit' } })
    state().setComparisons(['route-mini', 'fire-drill'])
    const withoutFireDrill = {
      ...doc,
      scenarios: doc.scenarios.filter((s) => s.id !== 'fire-drill'),
    }
    state().adopt({
      path: '/c.marginplan',
      doc: withoutFireDrill,
      revision: 2,
      access: { mode: 'edit' },
    })
    expect(state().comparisonIds).toEqual(['route-mini'])
  })
})
