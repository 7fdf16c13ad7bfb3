import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CatalogModel } from '../../../shared/catalog/priceBook'
import type { Feature, WorkspaceDoc } from '../../../shared/model/types'

const call = vi.fn()
vi.mock('../../../renderer/src/transport/api', () => ({ api: { call } }))
const pickCatalogModel = vi.fn()
vi.mock('../../../renderer/src/catalog/pickerStore', () => ({ pickCatalogModel }))

const { useWorkspace } = await import('../../../renderer/src/store/workspaceStore')
const { pickIntoWorkspace } = await import('../../../renderer/src/catalog/pickIntoWorkspace')

const gpt5Mini: CatalogModel = {
  id: 'gpt-5-mini',
  name: 'gpt-5-mini',
  provider: 'openai',
  kind: 'api',
  sourceId: 'gpt-5-mini',
  prices: [{ from: '2000-01-01', inputPerMTok: 0.25, outputPerMTok: 2 }],
}

const coaching: Feature = {
  id: 'coaching',
  name: 'AI coaching',
  unit: 'call',
  category: 'core',
  steps: [],
  components: [],
}

/** A workspace without models or features; its scenario adds the coaching feature. */
const doc: WorkspaceDoc = {
  format: 'ai-margin-workspace',
  version: 1,
  name: 'Sales',
  currency: 'USD',
  startMonth: '2026-12',
  horizonMonths: 12,
  models: [],
  features: [],
  plans: [{ id: 'pro', name: 'Pro', seatPrice: 299, aiRevenueSharePct: 0, attribution: 'usage' }],
  cohorts: [{ id: 'smb', name: 'SMB', planId: 'pro', customers: 40, usage: [] }],
  selfHost: [],
  scenarios: [
    {
      id: 'ai',
      name: 'AI coaching',
      overrides: [{ path: 'features', op: 'insert', value: coaching }],
    },
  ],
}

const state = () => useWorkspace.getState()
const stepOn = (modelId: string) => ({
  id: 'coach',
  name: 'Coach',
  inputTokens: 6000,
  outputTokens: 800,
  mix: [{ modelId, sharePct: 100 }],
})

beforeEach(() => {
  call.mockReset()
  call.mockResolvedValue({ revision: 2 })
  pickCatalogModel.mockReset()
  state().adopt({ path: '/tmp/sales.marginplan', doc, revision: 1, access: { mode: 'edit' } })
  state().setActiveScenario(null)
})

describe('a catalog model picked for a new step', () => {
  it('in a scenario: the model and the step are that scenario’s, the baseline is untouched', async () => {
    state().setActiveScenario('ai')
    pickCatalogModel.mockResolvedValueOnce(gpt5Mini)
    const id = await pickIntoWorkspace(
      { title: 'Choose the model this step calls', confirmLabel: 'Add step' },
      (name) => `Add a step calling ${name}`,
      (modelId) => [{ op: 'insert', path: 'features/coaching/steps', value: stepOn(modelId) }],
    )
    expect(id).toBe('gpt-5-mini')
    expect(state().notice).toBeNull()
    const after = state().doc!
    expect(after.models).toEqual([])
    expect(after.features).toEqual([])
    expect(after.scenarios[0]?.overrides).toEqual([
      { path: 'features', op: 'insert', value: { ...coaching, steps: [stepOn('gpt-5-mini')] } },
      { path: 'models', op: 'insert', value: gpt5Mini },
    ])
    expect(state().view?.viewDoc.features[0]?.steps[0]?.mix).toEqual([
      { modelId: 'gpt-5-mini', sharePct: 100 },
    ])
  })

  it('in a scenario that has the model already, it is not brought in twice', async () => {
    state().setActiveScenario('ai')
    pickCatalogModel.mockResolvedValue(gpt5Mini)
    const pick = () => pickIntoWorkspace({ title: 'Add', confirmLabel: 'Add' }, String, () => [])
    expect(await pick()).toBe('gpt-5-mini')
    expect(await pick()).toBe('gpt-5-mini')
    const inserts = state().doc!.scenarios[0]?.overrides.filter((o) => o.path === 'models')
    expect(inserts).toHaveLength(1)
  })

  it('on the baseline: the model joins the baseline', async () => {
    pickCatalogModel.mockResolvedValueOnce(gpt5Mini)
    await pickIntoWorkspace({ title: 'Add', confirmLabel: 'Add' }, String, () => [])
    expect(state().doc!.models).toEqual([gpt5Mini])
    expect(state().doc!.scenarios[0]?.overrides).toHaveLength(1)
  })
})
