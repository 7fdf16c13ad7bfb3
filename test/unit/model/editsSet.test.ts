import { describe, expect, it } from 'vitest'
import { example } from './fixtures'
import { applyFails, applyOk } from './editHelpers'

describe('applyEdits: set', () => {
  it('sets a workspace field', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'set', path: 'workspace/horizonMonths', value: 36 },
    ])
    expect(doc.horizonMonths).toBe(36)
    expect(inverse).toEqual([{ op: 'set', path: 'workspace/horizonMonths', value: 12 }])
  })

  it('sets a field of a nested entity, found by ids', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'set', path: 'features/complex/steps/loop/callsPerUnit', value: 30 },
    ])
    expect(doc.features[1]?.steps[0]?.callsPerUnit).toBe(30)
    expect(doc.features[0]?.steps[0]?.callsPerUnit).toBe(9)
    expect(inverse).toEqual([
      { op: 'set', path: 'features/complex/steps/loop/callsPerUnit', value: 36 },
    ])
  })

  it('sets a price field by index and a mix share by model id', () => {
    const { doc } = applyOk(example('support-agent'), [
      { op: 'set', path: 'models/gpt-4o/prices/0/outputPerMTok', value: 8 },
      { op: 'set', path: 'features/simple/steps/loop/mix/gpt-4o/sharePct', value: 90 },
    ])
    expect(doc.models[0]?.prices[0]?.outputPerMTok).toBe(8)
    expect(doc.features[0]?.steps[0]?.mix[0]?.sharePct).toBe(90)
  })

  it('sets an absent optional field; undoing removes it again', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'set', path: 'features/simple/steps/loop/reasoningTokens', value: 500 },
    ])
    expect(doc.features[0]?.steps[0]?.reasoningTokens).toBe(500)
    expect(inverse).toEqual([
      { op: 'set', path: 'features/simple/steps/loop/reasoningTokens', value: null },
    ])
  })

  it('removes an optional field when set to null', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'set', path: 'features/simple/floorPct', value: null },
      { op: 'set', path: 'workspace/portfolioFloorPct', value: null },
    ])
    expect('floorPct' in (doc.features[0] ?? {})).toBe(false)
    expect('portfolioFloorPct' in doc).toBe(false)
    expect(inverse).toEqual([
      { op: 'set', path: 'workspace/portfolioFloorPct', value: 55 },
      { op: 'set', path: 'features/simple/floorPct', value: 55 },
    ])
  })

  it('refuses to remove a required field', () => {
    expect(
      applyFails(example('support-agent'), [
        { op: 'set', path: 'features/simple/steps/loop/inputTokens', value: null },
      ]),
    ).toEqual([
      {
        path: 'features/simple/steps/loop/inputTokens',
        message: '"inputTokens" is required and cannot be removed',
      },
    ])
    expect(
      applyFails(example('support-agent'), [{ op: 'set', path: 'workspace/name', value: null }]),
    ).toEqual([{ path: 'workspace/name', message: '"name" is required and cannot be removed' }])
  })

  it('renames an entity; the inverse finds it under its new id', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [
      { op: 'set', path: 'features/complex/id', value: 'hard' },
      { op: 'set', path: 'features/hard/name', value: 'Hard resolution' },
    ])
    expect(doc.features[1]).toMatchObject({ id: 'hard', name: 'Hard resolution' })
    expect(inverse).toEqual([
      { op: 'set', path: 'features/hard/name', value: 'Complex resolution' },
      { op: 'set', path: 'features/hard/id', value: 'complex' },
    ])
  })

  it('replaces a whole sub-tree: a step’s mix', () => {
    const mix = [
      { modelId: 'gpt-4o', sharePct: 40 },
      { modelId: 'gpt-4o-mini', sharePct: 60 },
    ]
    const { doc } = applyOk(example('support-agent'), [
      { op: 'set', path: 'features/simple/steps/loop/mix', value: mix },
    ])
    expect(doc.features[0]?.steps[0]?.mix).toEqual(mix)
  })

  it('replaces a whole entity', () => {
    const plan = {
      id: 'usage',
      name: 'Per resolution',
      seatPrice: 0,
      aiRevenueSharePct: 0,
      attribution: 'usage',
    }
    const { doc } = applyOk(example('support-agent'), [
      { op: 'set', path: 'plans/usage', value: plan },
    ])
    expect(doc.plans).toEqual([plan])
  })

  it('adds a plan map entry, creating the map; undoing removes the map', () => {
    const { doc, inverse } = applyOk(example('contract-analysis'), [
      { op: 'set', path: 'plans/seat/includedUnits/contract', value: 100 },
    ])
    expect(doc.plans[0]?.includedUnits).toEqual({ contract: 100 })
    expect(inverse).toEqual([{ op: 'set', path: 'plans/seat/includedUnits', value: null }])
  })

  it('changes and removes a plan map entry', () => {
    const start = example('contract-analysis')
    const { doc: withMap } = applyOk(start, [
      { op: 'set', path: 'plans/seat/overagePrice', value: { contract: 0.5 } },
    ])
    const { doc, inverse } = applyOk(withMap, [
      { op: 'set', path: 'plans/seat/overagePrice/contract', value: 0.75 },
      { op: 'set', path: 'plans/seat/overagePrice/contract', value: null },
    ])
    expect(doc.plans[0]?.overagePrice).toEqual({})
    expect(inverse).toEqual([
      { op: 'set', path: 'plans/seat/overagePrice/contract', value: 0.75 },
      { op: 'set', path: 'plans/seat/overagePrice/contract', value: 0.5 },
    ])
  })

  it('sets a field of a long-context tier once the tier exists', () => {
    const tier = { thresholdTokens: 128000, inputPerMTok: 5, outputPerMTok: 15 }
    const { doc } = applyOk(example('support-agent'), [
      { op: 'set', path: 'models/gpt-4o/prices/0/longContext', value: tier },
      { op: 'set', path: 'models/gpt-4o/prices/0/longContext/inputPerMTok', value: 6 },
    ])
    expect(doc.models[0]?.prices[0]?.longContext).toEqual({ ...tier, inputPerMTok: 6 })
  })

  it('sets override fields and scenario parents', () => {
    const { doc } = applyOk(example('support-agent'), [
      { op: 'set', path: 'scenarios/fire-drill/overrides/1/value', value: 3 },
      { op: 'set', path: 'scenarios/fire-drill/parentId', value: 'price-complex' },
    ])
    expect(doc.scenarios[1]).toMatchObject({ parentId: 'price-complex' })
    expect(doc.scenarios[1]?.overrides[1]).toMatchObject({ value: 3 })
  })

  it('does not validate values: that is validateDocument’s job', () => {
    const { doc } = applyOk(example('support-agent'), [
      { op: 'set', path: 'features/simple/responseCacheHitPct', value: 140 },
    ])
    expect(doc.features[0]?.responseCacheHitPct).toBe(140)
  })
})

describe('applyEdits: set refusals, each naming the path', () => {
  const refusals: [string, unknown, string][] = [
    ['features/nope/name', 'x', 'no feature "nope"'],
    ['features/simple/steps/nope/name', 'x', 'no step "nope"'],
    ['features/simple/colour', 'red', '"colour" is not a field of features/simple'],
    ['models/gpt-4o/prices/3/inputPerMTok', 1, 'models/gpt-4o/prices has no "3"'],
    ['models/gpt-4o/prices/x/inputPerMTok', 1, '"x" is not a price point index (0, 1, …)'],
    [
      'models/gpt-4o/prices/0/longContext/inputPerMTok',
      1,
      'models/gpt-4o/prices/0/longContext is not set',
    ],
    [
      'features/simple/name/first',
      'x',
      'features/simple/name is a single value, it holds no "first"',
    ],
    ['features//name', 'x', 'a path segment is empty'],
    ['models/*/name', 'x', '"*" selects many items; an edit names one by its key'],
    [
      'galaxies/andromeda',
      1,
      '"galaxies" is not a part of a workspace (workspace, models, features, plans, cohorts, selfHost, scenarios, alertRules, actualsMappings, ranges, backlog)',
    ],
    ['workspace/models', [], 'expected workspace/<field> naming a single-value field such as name'],
    [
      'horizonMonths',
      12,
      '"horizonMonths" is not a part of a workspace (workspace, models, features, plans, cohorts, selfHost, scenarios, alertRules, actualsMappings, ranges, backlog)',
    ],
    ['features/simple/steps/loop', null, 'a list item cannot be set to null: delete it'],
    ['features/simple/id', 'complex', 'id "complex" is already taken'],
    ['features/simple/id', 'a/b', 'id "a/b" must not contain "/" (ids are path segments)'],
    ['features/simple/id', 7, 'needs a text "id"'],
    ['features/simple', { id: 'complex' }, 'id "complex" is already taken'],
    ['features/simple', 'Simple', 'needs a text "id"'],
  ]
  it.each(refusals)('refuses %s = %j', (path, value, message) => {
    expect(
      applyFails(example('support-agent'), [{ op: 'set', path, value: value as never }]),
    ).toEqual([{ path, message }])
  })

  it('refuses to give a mix entry the model of another entry', () => {
    const doc = example('support-agent')
    const two = [
      { modelId: 'gpt-4o', sharePct: 50 },
      { modelId: 'gpt-4o-mini', sharePct: 50 },
    ]
    const path = 'features/simple/steps/loop/mix/gpt-4o/modelId'
    expect(
      applyFails(doc, [
        { op: 'set', path: 'features/simple/steps/loop/mix', value: two },
        { op: 'set', path, value: 'gpt-4o-mini' },
      ]),
    ).toEqual([{ path, message: 'modelId "gpt-4o-mini" is already taken' }])
  })

  it('applies nothing when one edit of the batch fails', () => {
    const doc = example('support-agent')
    const problems = applyFails(doc, [
      { op: 'set', path: 'features/simple/name', value: 'Easy' },
      { op: 'set', path: 'features/nope/name', value: 'x' },
    ])
    expect(problems).toEqual([{ path: 'features/nope/name', message: 'no feature "nope"' }])
    expect(doc.features[0]?.name).toBe('Simple resolution')
  })

  it('lets a later edit of a batch use what an earlier one made', () => {
    const { doc } = applyOk(example('support-agent'), [
      {
        op: 'insert',
        path: 'plans',
        value: {
          id: 'pro',
          name: 'Pro',
          seatPrice: 20,
          aiRevenueSharePct: 50,
          attribution: 'equal',
        },
      },
      { op: 'set', path: 'plans/pro/seatPrice', value: 25 },
      { op: 'set', path: 'cohorts/all/planId', value: 'pro' },
    ])
    expect(doc.plans[1]?.seatPrice).toBe(25)
    expect(doc.cohorts[0]?.planId).toBe('pro')
  })
})
