/**
 * Variable and P95 unit cost, feature margins, breakevens, zones, the portfolio and the
 * prompt-cache breakeven (DESIGN.md §3), computed by hand.
 */
import { describe, expect, it } from 'vitest'
import { evaluateMonth } from '../../../shared/engine'
import { zoneOf } from '../../../shared/engine/margins'
import type { Feature, WorkspaceDoc } from '../../../shared/model/types'
import { DOLLAR_MODEL, MILLION, apiModel, cohort, feature, plan, step, workspace } from './builders'

/** 100 units a month of `f` for one usage-priced customer. */
function usageOf(f: Feature, parts: Partial<WorkspaceDoc> = {}): WorkspaceDoc {
  return workspace({
    models: [DOLLAR_MODEL],
    features: [f],
    plans: [plan('p')],
    cohorts: [cohort('h', 'p', [{ featureId: f.id, unitsPerSeat: 100 }])],
    ...parts,
  })
}

const only = (doc: WorkspaceDoc, month = 0) => evaluateMonth(doc, month).features[0]!

describe('variable cost per unit', () => {
  /** Tokens $2 per unit (two calls), $0.50 orchestration, $0.25 support per unit. */
  const costed = (fields: Partial<Feature>) =>
    feature('f', {
      pricePerUnit: 10,
      steps: [step('s', 'dollar', { inputTokens: MILLION, callsPerUnit: 2 })],
      components: [
        { id: 'rag', name: 'RAG', layer: 'orchestration', costPerUnit: 0.5 },
        { id: 'qa', name: 'QA', layer: 'support', costPerUnit: 0.25, costPerUnitP95: 1 },
      ],
      ...fields,
    })

  it('adds retries to the calls, serves cache hits free of tokens, and uplifts hidden cost', () => {
    const f = only(
      usageOf(costed({ retryRatePct: 50, responseCacheHitPct: 20, hiddenCostPct: 10 })),
    )
    // inference 2·1.5·0.8 = 2.4; hidden 10% of (2.4 + 0.5 + 0.25)
    const hidden = 0.1 * 3.15
    expect(f.costPerUnit).toBeCloseTo(3.15 + hidden, 12)
    expect(f.layers.inference).toBeCloseTo(240, 10)
    expect(f.layers.orchestration).toBeCloseTo(50, 10)
    expect(f.layers.support).toBeCloseTo(25, 10)
    expect(f.layers.hidden).toBeCloseTo(100 * hidden, 10)
    expect(f.grossMarginPct).toBeCloseTo(((10 - 3.15 - hidden) / 10) * 100, 10)
  })

  it('scales a cohort’s tokens by its tokenScale, not its cached prefix', () => {
    const doc = usageOf(
      costed({
        steps: [step('s', 'dollar', { inputTokens: MILLION, cachedPrefixTokens: 600_000 })],
        components: [],
      }),
      {
        models: [apiModel('dollar', { inputPerMTok: 1, outputPerMTok: 1, cacheReadPerMTok: 0.5 })],
      },
    )
    doc.cohorts[0]!.usage[0]!.tokenScale = 2
    // 2M input, 600k of it the cached prefix written every call (reuse 1) at the input price
    expect(only(doc).costPerUnit).toBeCloseTo(2, 12)
    doc.features[0]!.steps[0]!.prefixReuse = 2
    // prefix price 1/2 + 0.5/2 = 0.75: 1.4M·1 + 0.6M·0.75
    expect(only(doc).costPerUnit).toBeCloseTo(1.4 + 0.45, 12)
  })
})

describe('P95 cost per unit', () => {
  it('uses P95 tokens and calls, no response-cache hits, P95 component costs and scale 1', () => {
    const doc = usageOf(
      feature('f', {
        pricePerUnit: 10,
        responseCacheHitPct: 50,
        hiddenCostPct: 10,
        steps: [
          step('s', 'dollar', {
            inputTokens: MILLION,
            inputTokensP95: 3 * MILLION,
            callsPerUnitP95: 2,
          }),
        ],
        components: [
          { id: 'qa', name: 'QA', layer: 'support', costPerUnit: 0.25, costPerUnitP95: 1 },
          { id: 'gpu', name: 'GPU', layer: 'inference', fixedMonthly: 50 },
        ],
      }),
    )
    doc.cohorts[0]!.usage[0]!.tokenScale = 4
    const f = only(doc)
    // (2 calls · $3 + $1) · 1.1 + $50 / 100 units
    expect(f.costPerUnitP95).toBeCloseTo(7 * 1.1 + 0.5, 12)
    expect(f.p95MarginPct).toBeCloseTo(((10 - 8.2) / 10) * 100, 10)
  })

  it('defaults each P95 field to its mean', () => {
    const f = only(
      usageOf(
        feature('f', {
          pricePerUnit: 4,
          steps: [step('s', 'dollar', { inputTokens: MILLION, callsPerUnit: 3 })],
        }),
      ),
    )
    expect(f.costPerUnitP95).toBe(3)
    expect(f.costPerUnit).toBe(3)
  })
})

describe('breakevens', () => {
  const priced = (price: number) =>
    usageOf(
      feature('f', {
        floorPct: 60,
        pricePerUnit: price,
        steps: [step('s', 'dollar', { inputTokens: MILLION })],
        components: [{ id: 'gpu', name: 'GPU', layer: 'inference', fixedMonthly: 1_000 }],
      }),
    )

  it('prices at zero margin and at the floor from the cost per unit', () => {
    const f = only(priced(3)) // $1 variable + $1,000 / 100 units
    expect(f.breakevenPriceAtZero).toBe(11)
    expect(f.breakevenPriceAtFloor).toBeCloseTo(11 / 0.4, 12)
  })

  it('counts the units whose contribution pays the fixed cost', () => {
    expect(only(priced(3)).breakevenUnits).toBe(500) // 1,000 / (3 − 1)
    expect(only(priced(1)).breakevenUnits).toBeNull()
    expect(only(priced(0)).breakevenUnits).toBeNull()
  })

  it('has no per-unit figures without units', () => {
    const idle = priced(3)
    idle.cohorts[0]!.usage[0]!.unitsPerSeat = 0
    const f = only(idle)
    expect(f.costPerUnit).toBeNull()
    expect(f.costPerUnitP95).toBeNull()
    expect(f.revenuePerUnit).toBeNull()
    expect(f.p95MarginPct).toBeNull()
    expect(f.breakevenPriceAtFloor).toBeNull()
    expect(f.breakevenUnits).toBe(500) // at the feature's own variable cost
    expect(f.grossMarginPct).toBeNull()
    expect(f.zone).toBe('none')
  })
})

describe('zones', () => {
  it('is red below the floor, yellow within the band above it, green from floor + band', () => {
    expect(zoneOf(59.99, 60, 5)).toBe('red')
    expect(zoneOf(60, 60, 5)).toBe('yellow')
    expect(zoneOf(64.99, 60, 5)).toBe('yellow')
    expect(zoneOf(65, 60, 5)).toBe('green')
    expect(zoneOf(null, 60, 5)).toBe('none')
  })

  it('defaults the floor by category and the band to 5', () => {
    // $1 cost at $2.20: 54.55% margin
    const at = (category: Feature['category']) =>
      only(
        usageOf(
          feature('f', {
            category,
            pricePerUnit: 2.2,
            steps: [step('s', 'dollar', { inputTokens: MILLION })],
          }),
        ),
      )
    expect(at('growth')).toMatchObject({ floorPct: 45, zone: 'green' })
    expect(at('core')).toMatchObject({ floorPct: 60, zone: 'red' })
    expect(at('premium')).toMatchObject({ floorPct: 70, zone: 'red' })
  })
})

describe('portfolio', () => {
  it('adds platform COGS, keeps layers summing to COGS and uses the portfolio floor', () => {
    const doc = usageOf(
      feature('f', { pricePerUnit: 2, steps: [step('s', 'dollar', { inputTokens: MILLION })] }),
      { portfolioFloorPct: 40 },
    )
    doc.plans[0] = plan('p', { seatPrice: 50, nonAiCogsPerSeat: 30 })
    const { portfolio, layers } = evaluateMonth(doc, 0)
    // revenue 50 + 200; COGS 100 + 30
    expect(portfolio).toEqual({
      revenue: 250,
      cogs: 130,
      grossProfit: 120,
      grossMarginPct: 48,
      aiCogs: 100,
      aiCogsPctOfRevenue: 40,
      floorPct: 40,
      zone: 'green',
    })
    expect(layers).toEqual({
      inference: 100,
      orchestration: 0,
      infrastructure: 0,
      support: 0,
      hidden: 0,
      fixed: 0,
      platform: 30,
    })
  })

  it('defaults the portfolio floor to 55 with a yellow band of 5', () => {
    const doc = usageOf(
      feature('f', { pricePerUnit: 1.72, steps: [step('s', 'dollar', { inputTokens: 700_000 })] }),
    )
    // (1.72 − 0.70)/1.72 = 59.3%: above 55, below 55 + 5
    expect(evaluateMonth(doc, 0).portfolio).toMatchObject({ floorPct: 55, zone: 'yellow' })
  })
})

describe('cacheBreakevenReuse', () => {
  it('is (cw − cr)/(pIn − cr), and null when reading the cache is no cheaper', () => {
    const doc = workspace({
      models: [
        apiModel('cached', {
          inputPerMTok: 1,
          outputPerMTok: 4,
          cacheReadPerMTok: 0.1,
          cacheWritePerMTok: 1.25,
        }),
        apiModel('uncached', { inputPerMTok: 1, outputPerMTok: 4 }),
      ],
    })
    const reuse = evaluateMonth(doc, 0).cacheBreakevenReuse
    expect(reuse.cached).toBeCloseTo(1.15 / 0.9, 12) // 1.28
    expect(reuse.uncached).toBeNull()
  })
})
