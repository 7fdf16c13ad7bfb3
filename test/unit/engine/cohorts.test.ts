/**
 * Cohorts at month t (DESIGN.md §3), computed by hand: growth, subscription, overage, attribution
 * of AI subscription revenue, fixed-cost allocation, flags and conversion breakeven.
 */
import { describe, expect, it } from 'vitest'
import { evaluateMonth, type MonthResult } from '../../../shared/engine'
import type { Attribution, Feature, WorkspaceDoc } from '../../../shared/model/types'
import { DOLLAR_MODEL, cohort, dollarFeature, plan, workspace } from './builders'

const featureRevenue = (result: MonthResult, id: string): number =>
  result.features.find((f) => f.id === id)!.revenue

/**
 * One seat on a $100 plan, 60% of it AI revenue. `a` costs $3 a unit in 3 calls and `b` $1 in one
 * call plus $10 a month fixed; the seat uses 10 of a and 20 of b; `c` is on the usage list with 0.
 */
function attributionDoc(attribution: Attribution, features?: Feature[]): WorkspaceDoc {
  return workspace({
    models: [DOLLAR_MODEL],
    features: features ?? [
      dollarFeature('a', 3),
      dollarFeature('b', 1, {
        components: [{ id: 'gpu', name: 'GPU', layer: 'inference', fixedMonthly: 10 }],
      }),
      dollarFeature('c', 1),
    ],
    plans: [plan('p', { seatPrice: 100, aiRevenueSharePct: 60, attribution })],
    cohorts: [
      cohort('h', 'p', [
        { featureId: 'a', unitsPerSeat: 10 },
        { featureId: 'b', unitsPerSeat: 20 },
        { featureId: 'c', unitsPerSeat: 0 },
      ]),
    ],
  })
}

describe('attribution of AI subscription revenue', () => {
  it('usage: by units × calls per unit', () => {
    const result = evaluateMonth(attributionDoc('usage'), 0)
    // weights a 10·3 = 30, b 20·1 = 20 of $60
    expect(featureRevenue(result, 'a')).toBeCloseTo(36, 12)
    expect(featureRevenue(result, 'b')).toBeCloseTo(24, 12)
    expect(featureRevenue(result, 'c')).toBe(0)
  })

  it('cost: by variable cost plus allocated fixed cost', () => {
    const result = evaluateMonth(attributionDoc('cost'), 0)
    // a 10·$3 = 30, b 20·$1 + $10 = 30
    expect(featureRevenue(result, 'a')).toBeCloseTo(30, 12)
    expect(featureRevenue(result, 'b')).toBeCloseTo(30, 12)
  })

  it('equal: one share per feature with units', () => {
    const result = evaluateMonth(attributionDoc('equal'), 0)
    expect(featureRevenue(result, 'a')).toBe(30)
    expect(featureRevenue(result, 'c')).toBe(0)
  })

  it('splits equally among features with units when every weight is 0', () => {
    // no steps: no calls, no cost
    const free = (id: string) => dollarFeature(id, 0, { steps: [] })
    const result = evaluateMonth(attributionDoc('usage', [free('a'), free('b'), free('c')]), 0)
    expect(featureRevenue(result, 'a')).toBe(30)
    expect(featureRevenue(result, 'b')).toBe(30)
    expect(featureRevenue(result, 'c')).toBe(0)
  })

  it('leaves it unattributed when no feature has units, still in the cohort revenue', () => {
    const doc = attributionDoc('usage')
    doc.cohorts[0]!.usage = doc.cohorts[0]!.usage.map((u) => ({ ...u, unitsPerSeat: 0 }))
    const result = evaluateMonth(doc, 0)
    expect(result.features.map((f) => f.revenue)).toEqual([0, 0, 0])
    expect(result.cohorts[0]!.revenue).toBe(100)
    expect(result.portfolio.revenue).toBe(100)
  })
})

describe('fixed cost', () => {
  /** $10 a month on feature b, used 20 units by h1 and 60 by h2 (3 customers). */
  const doc = workspace({
    models: [DOLLAR_MODEL],
    features: [
      dollarFeature('b', 1, {
        components: [{ id: 'gpu', name: 'GPU', layer: 'support', fixedMonthly: 10 }],
      }),
      dollarFeature('idle', 1, {
        components: [{ id: 'gpu', name: 'GPU', layer: 'orchestration', fixedMonthly: 7 }],
      }),
    ],
    plans: [plan('p')],
    cohorts: [
      cohort('h1', 'p', [{ featureId: 'b', unitsPerSeat: 20 }]),
      cohort('h2', 'p', [{ featureId: 'b', unitsPerSeat: 20 }], { customers: 3 }),
    ],
  })
  const result = evaluateMonth(doc, 0)

  it('is allocated to cohorts by their share of units', () => {
    expect(result.cohorts.map((c) => c.cogs)).toEqual([20 + 2.5, 60 + 7.5])
    const b = result.features.find((f) => f.id === 'b')!
    expect(b.cogs).toBe(90)
    expect(b.costPerUnit).toBeCloseTo(90 / 80, 12)
  })

  it('stays in the portfolio for a feature without units', () => {
    const idle = result.features.find((f) => f.id === 'idle')!
    expect(idle.cogs).toBe(7)
    expect(idle.costPerUnit).toBeNull()
    expect(result.portfolio.cogs).toBe(90 + 7)
  })

  it('is reported in the fixed layer whatever its component layer', () => {
    expect(result.layers.fixed).toBe(17)
    expect(result.layers.support).toBe(0)
    expect(result.layers.orchestration).toBe(0)
    expect(result.layers.inference).toBe(80)
  })
})

describe('revenue, growth and flags', () => {
  const base = workspace({
    models: [DOLLAR_MODEL],
    features: [dollarFeature('a', 1, { pricePerUnit: 0.5 })],
    plans: [
      plan('p', {
        seatPrice: 30,
        platformFee: 100,
        nonAiCogsPerSeat: 2,
        includedUnits: { a: 5 },
        overagePrice: { a: 2 },
      }),
    ],
    cohorts: [
      cohort('h', 'p', [{ featureId: 'a', unitsPerSeat: 10 }], {
        customers: 100,
        seatsPerCustomer: 3,
        monthlyGrowthPct: 10,
      }),
    ],
  })

  it('grows customers monthly and bills fees, seats, usage and overage', () => {
    const [h] = evaluateMonth(base, 2).cohorts
    expect(h!.customers).toBeCloseTo(121, 10)
    expect(h!.seats).toBeCloseTo(363, 10)
    // 121·100 + 363·30 + 3,630 units·0.5 + 363·(10 − 5)·2
    expect(h!.revenue).toBeCloseTo(12_100 + 10_890 + 1_815 + 3_630, 8)
    // 3,630 units·$1 + 363 seats·$2 non-AI
    expect(h!.cogs).toBeCloseTo(3_630 + 726, 8)
    expect(h!.revenuePerCustomer).toBeCloseTo((12_100 + 10_890 + 1_815 + 3_630) / 121, 8)
  })

  it('bills overage only when the plan has both an allowance and a price for the feature', () => {
    const noPrice = structuredClone(base)
    delete noPrice.plans[0]!.overagePrice
    expect(evaluateMonth(noPrice, 0).cohorts[0]!.revenue).toBe(10_000 + 9_000 + 1_500)
    const withinAllowance = structuredClone(base)
    withinAllowance.plans[0]!.includedUnits = { a: 50 }
    expect(evaluateMonth(withinAllowance, 0).cohorts[0]!.revenue).toBe(10_000 + 9_000 + 1_500)
  })

  it('flags cost above 0.8 of revenue, and COGS without revenue', () => {
    const costly = structuredClone(base)
    costly.plans[0] = plan('p', { seatPrice: 1 }) // 300 seats + 1,500 usage for 3,000 of COGS
    const [high] = evaluateMonth(costly, 0).cohorts
    expect(high!.costToRevenue).toBeCloseTo(3_000 / 1_800, 12)
    expect(high!.flags).toEqual(['cost-to-revenue-above-0.8'])
    costly.plans[0] = plan('p')
    costly.features[0]!.pricePerUnit = 0
    const [none] = evaluateMonth(costly, 0).cohorts
    expect(none!.grossMarginPct).toBeNull()
    expect(none!.costToRevenue).toBeNull()
    expect(none!.flags).toEqual(['no-revenue'])
  })

  it('gives no revenue per customer without customers', () => {
    const empty = structuredClone(base)
    empty.cohorts[0]!.customers = 0
    const [h] = evaluateMonth(empty, 0).cohorts
    expect(h!.revenuePerCustomer).toBeNull()
    expect(h!.flags).toEqual([])
  })
})

describe('conversionBreakevenCustomers', () => {
  /** A free cohort of 2 seats per customer whose COGS are $1,000 (or `cogs`). */
  function freeCohort(cogs: number, target = { seatPrice: 30, platformFee: 40 }) {
    return workspace({
      models: [DOLLAR_MODEL],
      features: [dollarFeature('a', cogs)],
      plans: [plan('free', { convertsToPlanId: 'paid' }), plan('paid', target)],
      cohorts: [
        cohort('free-users', 'free', [{ featureId: 'a', unitsPerSeat: 0.5 }], {
          seatsPerCustomer: 2,
        }),
        cohort('paying', 'paid', []),
      ],
    })
  }

  it('is the customers whose converted fees (platform fee + seats × seat price) cover the COGS', () => {
    const [free, paying] = evaluateMonth(freeCohort(1_000), 0).cohorts
    expect(free!.conversionBreakevenCustomers).toBe(10) // 1,000 / (40 + 2·30)
    expect(paying).not.toHaveProperty('conversionBreakevenCustomers')
    expect(evaluateMonth(freeCohort(1_001), 0).cohorts[0]!.conversionBreakevenCustomers).toBe(11)
  })

  it('is null when the target plan is free too', () => {
    const result = evaluateMonth(freeCohort(1_000, { seatPrice: 0, platformFee: 0 }), 0)
    expect(result.cohorts[0]!.conversionBreakevenCustomers).toBeNull()
  })

  it('takes a ratio that is whole but for float noise as that whole number', () => {
    // $2.10 of COGS over 2 seats × $0.35: exactly 3 customers, though 2.1/0.7 is 3.000…04.
    const result = evaluateMonth(freeCohort(2.1, { seatPrice: 0.35, platformFee: 0 }), 0)
    expect(result.cohorts[0]!.conversionBreakevenCustomers).toBe(3)
  })
})
