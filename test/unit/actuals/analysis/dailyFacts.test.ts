import { describe, expect, it } from 'vitest'
import { evaluateAlerts } from '../../../../shared/actuals/alerts'
import { dailyFacts, revenueSourceOf } from '../../../../shared/actuals/analysis/dailyFacts'
import { eachDay } from '../../../../shared/actuals/days'
import type { RevenueRow } from '../../../../shared/actuals/types'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { cohort, DOLLAR_MODEL, dollarFeature, plan, workspace } from '../../engine/builders'
import { aggregate, supportAgent } from './aggregates'

const DAY = '2027-04-10'

/** Simple resolutions with a $0.05-a-ticket knowledge base, a $3,000-a-month GPU, 10% hidden. */
function withComponents(): WorkspaceDoc {
  const doc = supportAgent()
  const simple = doc.features.find((feature) => feature.id === 'simple')!
  simple.hiddenCostPct = 10
  simple.components = [
    { id: 'kb', name: 'KB', layer: 'orchestration', costPerUnit: 0.05 },
    { id: 'gpu', name: 'GPU', layer: 'infrastructure', fixedMonthly: 3000 },
  ]
  return doc
}

/** 100 simple tickets on DAY: acme 60 ($12 billed), beta 40 ($8 billed). */
const twoCustomers = [
  aggregate({ day: DAY, units: 60, calls: 540, reportedCost: 12 }),
  aggregate({ day: DAY, customerId: 'beta', units: 40, calls: 360, reportedCost: 8 }),
]

const row = <T extends { day: string }>(rows: readonly T[], day: string, match: Partial<T>) =>
  rows.find(
    (candidate) =>
      candidate.day === day &&
      Object.entries(match).every(([key, value]) => candidate[key as keyof T] === value),
  )

describe('dailyFacts: cost', () => {
  it('takes the billed cost, else the re-costed one, else nothing', () => {
    const facts = dailyFacts({
      doc: supportAgent(),
      aggregates: [
        aggregate({ day: DAY, units: 1, calls: 1, reportedCost: 3 }),
        // 1M input tokens at $2.50.
        aggregate({ day: DAY, units: 1, calls: 1, inputTokens: 1_000_000 }),
        aggregate({ day: DAY, units: 1, calls: 1, modelId: null, inputTokens: 1_000_000 }),
      ],
      revenue: [],
    })
    expect(facts.features).toHaveLength(1)
    const [simple] = facts.features
    expect(simple).toMatchObject({ units: 3, calls: 3, tokenCost: 5.5, cost: 5.5 })
    // The billed aggregate re-costs to $0 (no tokens); the unknown model re-costs to nothing.
    expect(simple!.expectedCost).toBe(2.5)
    expect(simple!.drivers).toEqual({
      'step:loop': 5.5,
      'model:gpt-4o': 5.5,
      'model:gpt-4o-2024-08-06': 0,
    })
  })

  it('adds components per unit, the hidden uplift and the fixed cost prorated by day', () => {
    const facts = dailyFacts({ doc: withComponents(), aggregates: twoCustomers, revenue: [] })
    const [simple] = facts.features
    // $20 tokens + 100 × $0.05, 10% hidden on both: $27.50; $3,000 / 30 days: $100.
    expect(simple!.cost).toBeCloseTo(127.5, 12)
    expect(simple!.drivers).toEqual({
      'step:loop': 20,
      'model:gpt-4o': 20,
      'component:kb': 5,
      'component:gpu': 100,
    })
  })

  it('charges the fixed cost on every day of the window, used or not', () => {
    const facts = dailyFacts({
      doc: withComponents(),
      aggregates: twoCustomers,
      revenue: [],
      to: '2027-04-12',
    })
    expect(facts.days).toEqual([DAY, '2027-04-11', '2027-04-12'])
    const idle = row(facts.features, '2027-04-12', { featureId: 'simple' })
    expect(idle).toMatchObject({ units: 0, cost: 100, revenue: 0 })
    // Complex has no fixed cost and no usage: no rows.
    expect(facts.features.filter((day) => day.featureId === 'complex')).toEqual([])
  })

  it('splits a day’s fixed cost over customers by their units', () => {
    const facts = dailyFacts({ doc: withComponents(), aggregates: twoCustomers, revenue: [] })
    // acme: ($12 + 60 × $0.05) × 1.1 + 60% of $100; beta: ($8 + 40 × $0.05) × 1.1 + 40%.
    expect(row(facts.customers, DAY, { customerId: 'acme' })!.cost).toBeCloseTo(76.5, 12)
    expect(row(facts.customers, DAY, { customerId: 'beta' })!.cost).toBeCloseTo(51, 12)
    expect(row(facts.cohorts, DAY, { cohortId: 'all' })).toMatchObject({ units: 100 })
    expect(row(facts.cohorts, DAY, { cohortId: 'all' })!.cost).toBeCloseTo(127.5, 12)
  })

  it('keeps to the window', () => {
    const facts = dailyFacts({
      doc: supportAgent(),
      aggregates: [
        aggregate({ day: '2027-04-09', units: 7 }),
        aggregate({ day: DAY, units: 1 }),
        aggregate({ day: '2027-04-11', units: 5 }),
      ],
      revenue: [],
      from: DAY,
      to: DAY,
    })
    expect(facts.features.map((day) => day.units)).toEqual([1])
  })
})

describe('dailyFacts: estimated revenue', () => {
  const facts = dailyFacts({ doc: withComponents(), aggregates: twoCustomers, revenue: [] })

  it('is the units at the plan’s $2 a ticket', () => {
    expect(facts.features[0]).toMatchObject({ revenue: 200, revenueEstimated: true })
    expect(row(facts.customers, DAY, { customerId: 'acme' })).toMatchObject({
      revenue: 120,
      revenueEstimated: true,
    })
  })

  it('gives a cohort its planned month’s revenue by day', () => {
    // 2,000 customers × (400 simple + 100 complex) tickets × $2, over April’s 30 days.
    const cohort = row(facts.cohorts, DAY, { cohortId: 'all' })!
    expect(cohort.revenue).toBeCloseTo(2_000_000 / 30, 6)
    expect(cohort.revenueEstimated).toBe(true)
  })

  it('reads the plan of the scenario asked for', () => {
    const complex = aggregate({ day: DAY, featureId: 'complex', units: 10 })
    const priced = dailyFacts({
      doc: supportAgent(),
      aggregates: [complex],
      revenue: [],
      scenarioId: 'price-complex',
    })
    expect(priced.features[0]!.revenue).toBe(50)
  })
})

describe('dailyFacts: imported revenue', () => {
  const aggregates = [
    ...twoCustomers,
    aggregate({ day: DAY, featureId: 'complex', units: 10, calls: 360, reportedCost: 23.5 }),
  ]
  const revenue: RevenueRow[] = [
    { day: DAY, customerId: 'acme', cohortId: null, featureId: null, amount: 300 },
    { day: DAY, customerId: null, cohortId: null, featureId: 'complex', amount: 50 },
    { day: '2027-05-01', customerId: 'acme', cohortId: null, featureId: null, amount: 999 },
  ]
  const facts = dailyFacts({ doc: withComponents(), aggregates, revenue, to: '2027-04-11' })

  it('spreads a customer’s revenue over their features by what each cost them', () => {
    // acme cost $76.50 on simple and $23.50 on complex: $300 splits 76.5% / 23.5%.
    expect(row(facts.features, DAY, { featureId: 'simple' })!.revenue).toBeCloseTo(229.5, 9)
    expect(row(facts.features, DAY, { featureId: 'complex' })!.revenue).toBeCloseTo(120.5, 9)
    expect(facts.features.every((day) => !day.revenueEstimated)).toBe(true)
  })

  it('gives customers and their cohorts their own rows, and 0 where nothing was imported', () => {
    expect(row(facts.customers, DAY, { customerId: 'acme' })!.revenue).toBe(300)
    expect(row(facts.customers, DAY, { customerId: 'beta' })!.revenue).toBe(0)
    expect(row(facts.cohorts, DAY, { cohortId: 'all' })!.revenue).toBe(300)
    expect(row(facts.cohorts, '2027-04-11', { cohortId: 'all' })).toMatchObject({
      cost: 0,
      revenue: 0,
      revenueEstimated: false,
    })
  })
})

describe('dailyFacts: revenue imported for part of the window', () => {
  // f costs $1 a unit (DOLLAR_MODEL) and sells at $2: the plan's revenue per unit is $2 in every
  // month; cohort c plans 3,000 units a month, $6,000 of revenue. Floor 40%, yellow band 5 points.
  const doc = workspace({
    startMonth: '2026-01',
    models: [DOLLAR_MODEL],
    features: [dollarFeature('f', 1, { pricePerUnit: 2, floorPct: 40 })],
    plans: [plan('p')],
    cohorts: [cohort('c', 'p', [{ featureId: 'f', unitsPerSeat: 3000 }])],
  })
  // 100 units a day billed $100 from 2026-01-16 to 2026-03-05, as the plan priced them.
  const usage = eachDay('2026-01-16', '2026-03-05').map((day) =>
    aggregate({
      day,
      featureId: 'f',
      stepId: 'call',
      modelId: 'dollar',
      sourceModel: 'dollar',
      cohortId: 'c',
      units: 100,
      calls: 100,
      reportedCost: 100,
    }),
  )
  // A revenue CSV for February only: acme paid $190 a day, except on the 14th (no row).
  const revenue: RevenueRow[] = eachDay('2026-02-01', '2026-02-28')
    .filter((day) => day !== '2026-02-14')
    .map((day) => ({ day, customerId: 'acme', cohortId: null, featureId: null, amount: 190 }))
  const facts = dailyFacts({ doc, aggregates: usage, revenue })

  it('estimates the days the import does not cover and imports the days it does', () => {
    // Outside February: 100 units × $2 = $200, estimated.
    for (const day of ['2026-01-16', '2026-01-31', '2026-03-01', '2026-03-05']) {
      expect(row(facts.features, day, { featureId: 'f' })).toMatchObject({
        revenue: 200,
        revenueEstimated: true,
      })
      expect(row(facts.customers, day, { customerId: 'acme' })).toMatchObject({
        revenue: 200,
        revenueEstimated: true,
      })
    }
    // The cohort's planned $6,000 a month by day: / 31 in January and March.
    const january = row(facts.cohorts, '2026-01-20', { cohortId: 'c' })!
    expect(january.revenue).toBeCloseTo(6000 / 31, 9)
    expect(january.revenueEstimated).toBe(true)
    // February: acme's $190 goes to f (all its cost) and to its cohort c, imported.
    const tables: (readonly { day: string }[])[] = [facts.features, facts.customers, facts.cohorts]
    for (const table of tables) {
      expect(row(table, '2026-02-01', {})).toMatchObject({
        revenue: 190,
        revenueEstimated: false,
      })
      expect(row(table, '2026-02-28', {})).toMatchObject({
        revenue: 190,
        revenueEstimated: false,
      })
      // The 14th is inside the import's 02-01…02-28 and it says nothing: $0, imported.
      expect(row(table, '2026-02-14', {})).toMatchObject({ revenue: 0, revenueEstimated: false })
    }
    expect(revenueSourceOf(facts.features)).toBe('estimated')
    expect(revenueSourceOf(facts.features.filter((day) => day.day.startsWith('2026-02')))).toBe(
      'imported',
    )
    expect(revenueSourceOf([])).toBe('estimated')
  })

  it('opens red-3d only where the imported revenue is short, not at the import’s edges', () => {
    const red = evaluateAlerts({ facts, doc }).filter((alert) => alert.rule === 'red-3d')
    // Every day costs $100. Jan 30..Feb 1: $200 + $200 + $190 of revenue, (590 − 300)/590 =
    // 49.2%; Feb 27..Mar 1: (580 − 300)/580 = 48.3%: no red at the edges. (The old whole-window
    // rule gave January and March $0: Jan 30..Feb 1 read (190 − 300)/190 = −58% from 02-01, and
    // Feb 27..Mar 1 (380 − 300)/380 = 21% from 03-01.)
    // Feb 12..14: $190 + $190 + $0 against $300, 21% < 40%: red opens on the 14th (through the
    // 16th; Feb 15..17 is back at 47.4%).
    expect(red.map((alert) => alert.openedOn)).toEqual(['2026-02-14'])
  })
})
