/** Scenario overrides (DESIGN.md §4): paths, selectors, chains, months, defaults and mixes. */
import { describe, expect, it } from 'vitest'
import {
  applyOverrides,
  effectiveValueAt,
  matchOverride,
  scenarioOverrides,
} from '../../../shared/model/overrides'
import type { Override, WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'

const support = (): WorkspaceDoc => exampleDocument('support-agent.json')
const contract = (): WorkspaceDoc => exampleDocument('contract-analysis.json')
const selfHost = (): WorkspaceDoc => exampleDocument('selfhost-70b.json')

function applied(doc: WorkspaceDoc, overrides: Override[], month = 0): WorkspaceDoc {
  const result = applyOverrides(doc, overrides, month)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.doc
}

const set = (path: string, value: number, fromMonth?: number): Override => ({
  path,
  op: 'set',
  value,
  ...(fromMonth === undefined ? {} : { fromMonth }),
})

describe('matchOverride', () => {
  it.each([
    ['workspace/annualPriceDeclinePct', 1],
    ['models/*/prices/*/inputPerMTok', 2],
    ['models/provider:openai/prices/0/outputPerMTok', 2],
    ['models/gpt-4o/prices/0/cacheReadPerMTok', 1],
    ['features/*/pricePerUnit', 2],
    ['features/complex/floorPct', 1],
    ['features/complex/steps/*/callsPerUnit', 1],
    ['features/complex/steps/loop/mix/gpt-4o-mini', 1],
    ['features/complex/steps/loop/mix/gpt-4o-mini/sharePct', 1],
    ['plans/*/seatPrice', 1],
    ['plans/usage/includedUnits/simple', 1],
    ['plans/usage/overagePrice/complex', 1],
    ['cohorts/*/customers', 1],
    ['cohorts/all/usage/*/tokenScale', 2],
    ['cohorts/all/usage/simple/unitsPerSeat', 1],
    // A selector fans out; an id under it picks, in each branch, the item that has it.
    ['features/*/steps/loop/callsPerUnit', 2],
    ['features/*/steps/*/inputTokens', 2],
  ])('%s names %i target(s)', (path, targets) => {
    expect(matchOverride(support(), path)).toEqual({ targets })
  })

  it('counts self-host options, components and long-context prices', () => {
    expect(matchOverride(selfHost(), 'selfHost/*/gpuHourlyCost')).toEqual({ targets: 1 })
    expect(matchOverride(contract(), 'features/contract/components/*/costPerUnitP95')).toEqual({
      targets: 1,
    })
    const tiered = support()
    tiered.models[0]!.prices[0]!.longContext = {
      thresholdTokens: 128_000,
      inputPerMTok: 5,
      outputPerMTok: 20,
    }
    // only the point with a tier: a tier is never invented
    expect(matchOverride(tiered, 'models/*/prices/*/longContext/inputPerMTok')).toEqual({
      targets: 1,
    })
    expect(matchOverride(support(), 'models/*/prices/*/longContext/inputPerMTok')).toEqual({
      error: 'names nothing in this workspace',
    })
  })

  it.each([
    ['features/nope/pricePerUnit', 'no feature "nope"'],
    ['features/complex/name', '"name" is not a numeric feature field'],
    ['features/complex/steps/nope/callsPerUnit', 'no step "nope"'],
    ['features/complex/steps/loop/mix/nope', 'no model "nope"'],
    ['models/provider:acme/prices/0/inputPerMTok', 'no model from provider "acme"'],
    ['models/gpt-4o/prices/7/inputPerMTok', 'models/gpt-4o/prices has no "7"'],
    ['models/gpt-4o/prices/first/inputPerMTok', 'is not a price point index'],
    ['models/gpt-4o/inputPerMTok', '"inputPerMTok" is not a field of models/gpt-4o'],
    ['plans/usage/includedUnits/nope', 'no feature "nope"'],
    ['cohorts/all/usage/nope/unitsPerSeat', 'no feature "nope"'],
    ['cohorts/all/usage/complex/name', '"name" is not a field of cohorts/all/usage/complex'],
    ['workspace/name', '"name" is not a numeric workspace field'],
    ['scenarios/x/name', '"scenarios" is not a part of a workspace'],
    ['features//pricePerUnit', 'a path segment is empty'],
    ['selfHost/*/gpuHourlyCost', 'names nothing'],
  ])('%s is refused: %s', (path, message) => {
    const result = matchOverride(support(), path)
    expect(result).toHaveProperty('error')
    expect((result as { error: string }).error).toContain(message)
  })
})

describe('scenarioOverrides', () => {
  it('lists the parent chain first', () => {
    const doc = support()
    expect(scenarioOverrides(doc, 'route-mini').map((o) => o.path)).toEqual([
      'features/complex/pricePerUnit',
      'features/complex/steps/loop/mix/gpt-4o-mini',
    ])
    expect(scenarioOverrides(doc, null)).toEqual([])
  })

  it('throws on an unknown scenario, an unknown parent or a cycle', () => {
    const doc = support()
    expect(() => scenarioOverrides(doc, 'nope')).toThrow('unknown scenario "nope"')
    doc.scenarios[0]!.parentId = 'ghost'
    expect(() => scenarioOverrides(doc, 'price-complex')).toThrow('unknown parent "ghost"')
    doc.scenarios[0]!.parentId = 'route-mini'
    expect(() => scenarioOverrides(doc, 'route-mini')).toThrow('loops')
  })
})

describe('applyOverrides', () => {
  it('applies set, scale and add in order, each from the value the one before left', () => {
    const doc = applied(support(), [
      set('features/complex/pricePerUnit', 4),
      { path: 'features/complex/pricePerUnit', op: 'scale', value: 1.5 },
      { path: 'features/complex/pricePerUnit', op: 'add', value: -1 },
    ])
    expect(doc.features[1]!.pricePerUnit).toBe(5)
  })

  it('applies an override from its fromMonth on', () => {
    const overrides = [set('features/complex/pricePerUnit', 5, 6)]
    expect(applied(support(), overrides, 5).features[1]!.pricePerUnit).toBe(2)
    expect(applied(support(), overrides, 6).features[1]!.pricePerUnit).toBe(5)
  })

  it('selects models by id, by provider and by wildcard, and price points by index', () => {
    const doc = support()
    doc.models[1]!.provider = 'other'
    const scaled = applied(doc, [
      { path: 'models/provider:other/prices/*/inputPerMTok', op: 'scale', value: 2 },
      { path: 'models/*/prices/0/outputPerMTok', op: 'add', value: 1 },
      { path: 'models/gpt-4o/prices/0/batchDiscountPct', op: 'set', value: 10 },
    ])
    expect(scaled.models.map((m) => m.prices[0]!.inputPerMTok)).toEqual([2.5, 0.3])
    expect(scaled.models.map((m) => m.prices[0]!.outputPerMTok)).toEqual([11, 1.6])
    expect(scaled.models[0]!.prices[0]!.batchDiscountPct).toBe(10)
  })

  it('starts an absent field from the value it stands for', () => {
    const doc = applied(support(), [
      { path: 'models/gpt-4o-mini/prices/0/cacheWritePerMTok', op: 'scale', value: 2 }, // input 0.15
      { path: 'models/gpt-4o/prices/0/reasoningPerMTok', op: 'add', value: 1 }, // output 10
      { path: 'features/simple/steps/loop/inputTokensP95', op: 'scale', value: 3 }, // mean 12,000
      { path: 'features/simple/steps/loop/prefixReuse', op: 'add', value: 4 }, // 1
      { path: 'features/simple/yellowBandPts', op: 'add', value: 1 }, // 5
      { path: 'features/simple/retryRatePct', op: 'add', value: 2 }, // 0
      { path: 'cohorts/all/usage/simple/tokenScale', op: 'scale', value: 2 }, // 1
      { path: 'plans/usage/includedUnits/simple', op: 'add', value: 50 }, // none yet: 0
    ])
    expect(doc.models[1]!.prices[0]!.cacheWritePerMTok).toBeCloseTo(0.3, 15)
    expect(doc.models[0]!.prices[0]!.reasoningPerMTok).toBe(11)
    expect(doc.features[0]!.steps[0]!.inputTokensP95).toBe(36_000)
    expect(doc.features[0]!.steps[0]!.prefixReuse).toBe(5)
    expect(doc.features[0]!.yellowBandPts).toBe(6)
    expect(doc.features[0]!.retryRatePct).toBe(2)
    expect(doc.cohorts[0]!.usage[0]!.tokenScale).toBe(2)
    expect(doc.plans[0]!.includedUnits).toEqual({ simple: 50 })
    const floor = applied(selfHost(), [
      { path: 'features/assistant/floorPct', op: 'add', value: 1 }, // core: 60
      { path: 'features/assistant/steps/chat/callsPerUnitP95', op: 'add', value: 1 }, // calls 4
      { path: 'cohorts/accounts/seatsPerCustomer', op: 'scale', value: 2 },
      { path: 'selfHost/llama-70b/setupCost', op: 'add', value: 1 },
    ])
    expect(floor.features[0]!.floorPct).toBe(61)
    expect(floor.features[0]!.steps[0]!.callsPerUnitP95).toBe(5)
    expect(floor.cohorts[0]!.seatsPerCustomer).toBe(50)
    expect(floor.selfHost[0]!.setupCost).toBe(120_001)
  })

  it('sets long-context prices of points that have a tier', () => {
    const doc = support()
    doc.models[0]!.prices[0]!.longContext = {
      thresholdTokens: 128_000,
      inputPerMTok: 5,
      outputPerMTok: 20,
    }
    const result = applied(doc, [
      { path: 'models/*/prices/*/longContext/cacheReadPerMTok', op: 'scale', value: 0.5 },
    ])
    expect(result.models[0]!.prices[0]!.longContext!.cacheReadPerMTok).toBe(2.5)
    expect(result.models[1]!.prices[0]!.longContext).toBeUndefined()
  })

  it('never changes the input and copies only what it changes', () => {
    const doc = support()
    const before = structuredClone(doc)
    const result = applied(doc, [
      set('features/complex/pricePerUnit', 5),
      set('plans/usage/overagePrice/simple', 1),
    ])
    expect(doc).toEqual(before)
    expect(result).not.toBe(doc)
    expect(result.features[1]).not.toBe(doc.features[1])
    expect(result.features[0]).toBe(doc.features[0])
    expect(result.features[1]!.steps).toBe(doc.features[1]!.steps)
    expect(result.models).toBe(doc.models)
    expect(result.cohorts).toBe(doc.cohorts)
    expect(applied(doc, [set('features/complex/pricePerUnit', 5, 3)], 0)).toBe(doc)
  })

  it('reports each bad override by its index, with its path', () => {
    const result = applyOverrides(
      support(),
      [
        set('features/complex/pricePerUnit', 5),
        set('features/nope/pricePerUnit', 5),
        set('features/complex/pricePerUnit', Number.NaN),
      ],
      0,
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'overrides[1]', message: 'features/nope/pricePerUnit: no feature "nope"' },
        {
          path: 'overrides[2]',
          message: 'features/complex/pricePerUnit: value must be a finite number',
        },
      ],
    })
  })

  it('reads the number a path stands for', () => {
    const doc = support()
    expect(effectiveValueAt(doc, 'features/simple/steps/loop/reasoningTokensP95')).toBe(0)
    expect(effectiveValueAt(doc, 'features/simple/steps/loop/callsPerUnitP95')).toBe(9)
    expect(effectiveValueAt(doc, 'features/simple/steps/loop/mix/gpt-4o')).toBe(100)
    expect(effectiveValueAt(doc, 'features/simple/steps/loop/mix/gpt-4o-mini')).toBe(0)
    expect(effectiveValueAt(doc, 'features/*/pricePerUnit')).toBeUndefined()
  })
})

describe('mix overrides', () => {
  /** A step routed 50/30/20 over three models. */
  function threeWay(): WorkspaceDoc {
    const doc = contract()
    doc.models.push({ ...doc.models[1]!, id: 'gpt-x' })
    doc.features[0]!.steps[0]!.mix = [
      { modelId: 'gpt-4', sharePct: 50 },
      { modelId: 'gpt-35', sharePct: 30 },
      { modelId: 'gpt-x', sharePct: 20 },
    ]
    return doc
  }
  const MIX = 'features/contract/steps/analyze/mix'
  const sharesOf = (doc: WorkspaceDoc) =>
    Object.fromEntries(doc.features[0]!.steps[0]!.mix.map((e) => [e.modelId, e.sharePct]))

  it('rescales the other shares proportionally to keep 100', () => {
    const shares = sharesOf(applied(threeWay(), [set(`${MIX}/gpt-4`, 75)]))
    expect(shares['gpt-4']).toBe(75)
    expect(shares['gpt-35']).toBeCloseTo(15, 12)
    expect(shares['gpt-x']).toBeCloseTo(10, 12)
  })

  it('adds a missing model, taking its share from the others', () => {
    const shares = sharesOf(applied(contract(), [set(`${MIX}/gpt-35`, 60)]))
    expect(shares).toEqual({ 'gpt-4': 40, 'gpt-35': 60 })
  })

  it('scales and adds to a share, then rescales', () => {
    const scaled = sharesOf(applied(threeWay(), [{ path: `${MIX}/gpt-x`, op: 'scale', value: 3 }]))
    expect(scaled['gpt-x']).toBe(60)
    expect(scaled['gpt-4']).toBeCloseTo(25, 12)
    const added = sharesOf(applied(threeWay(), [{ path: `${MIX}/gpt-35`, op: 'add', value: -30 }]))
    expect(added['gpt-35']).toBe(0)
    expect(added['gpt-4']).toBeCloseTo((50 * 100) / 70, 12)
  })

  it('lets one model take it all', () => {
    expect(sharesOf(applied(threeWay(), [set(`${MIX}/gpt-x`, 100)]))).toEqual({
      'gpt-4': 0,
      'gpt-35': 0,
      'gpt-x': 100,
    })
  })

  it('refuses a share outside 0..100, or one that leaves nothing to rescale', () => {
    const outside = applyOverrides(threeWay(), [set(`${MIX}/gpt-4`, 120)], 0)
    expect(outside).toMatchObject({ ok: false, problems: [{ path: 'overrides[0]' }] })
    expect(JSON.stringify(outside)).toContain('outside 0..100')
    const alone = applyOverrides(contract(), [set(`${MIX}/gpt-4`, 80)], 0)
    expect(JSON.stringify(alone)).toContain('no other share to rescale')
  })
})
