import { describe, expect, it } from 'vitest'
import { example } from './fixtures'
import { applyFails, applyOk } from './editHelpers'

const search = {
  id: 'search',
  name: 'RAG search',
  unit: 'query',
  category: 'growth',
  steps: [],
  components: [],
}

describe('applyEdits: insert', () => {
  it('appends an entity; the inverse deletes it by id', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'insert', path: 'features', value: { ...search } },
    ])
    expect(doc.features.map((feature) => feature.id)).toEqual(['simple', 'complex', 'search'])
    expect(inverse).toEqual([{ op: 'delete', path: 'features/search' }])
  })

  it('inserts at an index', () => {
    const { doc } = applyOk(example('support-agent'), [
      { op: 'insert', path: 'features', value: { ...search }, index: 0 },
      {
        op: 'insert',
        path: 'features/search/steps',
        value: { id: 'embed', name: 'Embed', inputTokens: 200, outputTokens: 0, mix: [] },
      },
    ])
    expect(doc.features.map((feature) => feature.id)).toEqual(['search', 'simple', 'complex'])
    expect(doc.features[0]?.steps.map((step) => step.id)).toEqual(['embed'])
  })

  it('inserts mix and usage entries keyed by the id they refer to', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      {
        op: 'insert',
        path: 'features/simple/steps/loop/mix',
        value: { modelId: 'gpt-4o-mini', sharePct: 0 },
      },
      {
        op: 'insert',
        path: 'cohorts/all/usage',
        value: { featureId: 'search', unitsPerSeat: 3 },
        index: 0,
      },
    ])
    expect(doc.features[0]?.steps[0]?.mix.map((entry) => entry.modelId)).toEqual([
      'gpt-4o',
      'gpt-4o-mini',
    ])
    expect(doc.cohorts[0]?.usage[0]?.featureId).toBe('search')
    expect(inverse).toEqual([
      { op: 'delete', path: 'cohorts/all/usage/search' },
      { op: 'delete', path: 'features/simple/steps/loop/mix/gpt-4o-mini' },
    ])
  })

  it('inserts into lists addressed by index: price points, overrides, replaced models', () => {
    const point = { from: '2026-01-01', inputPerMTok: 2, outputPerMTok: 8 }
    const override = { path: 'workspace/annualPriceDeclinePct', op: 'set', value: 10 }
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'insert', path: 'models/gpt-4o/prices', value: point },
      { op: 'insert', path: 'scenarios/fire-drill/overrides', value: override, index: 0 },
    ])
    expect(doc.models[0]?.prices[1]).toEqual(point)
    expect(doc.scenarios[1]?.overrides[0]).toEqual(override)
    expect(inverse).toEqual([
      { op: 'delete', path: 'scenarios/fire-drill/overrides/0' },
      { op: 'delete', path: 'models/gpt-4o/prices/1' },
    ])
    const { doc: selfHost } = applyOk(example('selfhost-70b'), [
      { op: 'insert', path: 'selfHost/llama-70b/replacesModelIds', value: 'gpt-4o-mini' },
    ])
    expect(selfHost.selfHost[0]?.replacesModelIds).toEqual(['gpt-4o', 'gpt-4o-mini'])
  })

  const refusals: [string, unknown, number | undefined, string][] = [
    ['features', { ...search, id: 'simple' }, undefined, 'id "simple" is already taken'],
    ['features', { name: 'No id' }, undefined, 'needs a text "id"'],
    ['features', { ...search, id: '' }, undefined, 'id must not be empty'],
    ['features/simple/steps', { id: 'loop' }, undefined, 'id "loop" is already taken'],
    [
      'features/simple/steps/loop/mix',
      { modelId: 'gpt-4o', sharePct: 1 },
      undefined,
      'modelId "gpt-4o" is already taken',
    ],
    [
      'cohorts/all/usage',
      { featureId: 'simple', unitsPerSeat: 1 },
      undefined,
      'featureId "simple" is already taken',
    ],
    ['features', { ...search }, 3, 'index 3 is outside 0..2'],
    ['features', { ...search }, -1, 'index -1 is outside 0..2'],
    ['features/simple/name', 'x', undefined, 'features/simple/name is not a list'],
    ['plans/usage/includedUnits', 5, undefined, 'plans/usage/includedUnits is not a list'],
    ['features/nope/steps', {}, undefined, 'no feature "nope"'],
  ]
  it.each(refusals)('refuses to insert into %s %j at %j', (path, value, index, message) => {
    const edit = {
      op: 'insert' as const,
      path,
      value: value as never,
      ...(index === undefined ? {} : { index }),
    }
    expect(applyFails(example('support-agent'), [edit])).toEqual([{ path, message }])
  })
})

describe('applyEdits: delete', () => {
  it('deletes an entity, leaving references for validation to report', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'delete', path: 'features/simple' },
    ])
    expect(doc.features.map((feature) => feature.id)).toEqual(['complex'])
    expect(doc.cohorts[0]?.usage.map((usage) => usage.featureId)).toEqual(['simple', 'complex'])
    expect(inverse).toEqual([
      { op: 'insert', path: 'features', value: example('support-agent').features[0], index: 0 },
    ])
  })

  it('deletes nested items and map entries', () => {
    const start = example('support-agent')
    const { doc: withMap } = applyOk(start, [
      { op: 'set', path: 'plans/usage/includedUnits', value: { simple: 10, complex: 5 } },
    ])
    const { doc, inverse } = applyOk(withMap, [
      { op: 'delete', path: 'plans/usage/includedUnits/simple' },
      { op: 'delete', path: 'cohorts/all/usage/complex' },
      { op: 'delete', path: 'scenarios/fire-drill/overrides/0' },
    ])
    expect(doc.plans[0]?.includedUnits).toEqual({ complex: 5 })
    expect(doc.cohorts[0]?.usage.map((usage) => usage.featureId)).toEqual(['simple'])
    expect(doc.scenarios[1]?.overrides.map((override) => override.path)).toEqual([
      'models/provider:openai/prices/*/outputPerMTok',
    ])
    expect(inverse[2]).toEqual({ op: 'set', path: 'plans/usage/includedUnits/simple', value: 10 })
  })

  const refusals: [string, string][] = [
    ['features/nope', 'no feature "nope"'],
    [
      'features/simple/name',
      'features/simple/name is a field, not an item: set it to null to remove it',
    ],
    [
      'workspace/portfolioFloorPct',
      'workspace/portfolioFloorPct is a field, not an item: set it to null to remove it',
    ],
    ['plans/usage/includedUnits/simple', 'plans/usage/includedUnits/simple is not set'],
    ['models/gpt-4o/prices/1', 'models/gpt-4o/prices has no "1"'],
  ]
  it.each(refusals)('refuses to delete %s', (path, message) => {
    expect(applyFails(example('support-agent'), [{ op: 'delete', path }])).toEqual([
      { path, message },
    ])
  })
})
