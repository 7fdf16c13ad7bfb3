/**
 * The engine against an independent reading of DESIGN.md §3–§5 (oracle.ts): first the oracle
 * itself against every figure of the shared examples' README, then the engine against the oracle,
 * every §5 field, over generated workspaces with scenarios.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { ComputeResult } from '../../../shared/engine/results'
import { validateDocument } from '../../../shared/model/validate'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { differences } from './compareResults'
import { oracleCompute } from './oracle'
import { oracleWorkspaceArb } from './oracleArbitrary'
import { chainOverrides, documentAt, InvalidScenarioError } from './oracleScenarios'

const run = (file: string, scenarioId: string | null = null): ComputeResult =>
  oracleCompute(exampleDocument(file), scenarioId, 0)
const featureOf = (result: ComputeResult, id: string) => result.features.find((f) => f.id === id)!
const cohortOf = (result: ComputeResult, id: string) => result.cohorts.find((c) => c.id === id)!

describe('the oracle reproduces the examples README', () => {
  it('support-agent.json', () => {
    const base = run('support-agent.json')
    expect(featureOf(base, 'simple').grossMarginPct).toBeCloseTo(77.5, 6)
    expect(featureOf(base, 'complex').grossMarginPct).toBeCloseTo(10, 6)
    expect(base.portfolio.grossMarginPct).toBeCloseTo(64, 6)
    expect(featureOf(base, 'complex').breakevenPriceAtFloor).toBeCloseTo(4, 6)
    const priced = run('support-agent.json', 'price-complex')
    expect(featureOf(priced, 'complex').grossMarginPct).toBeCloseTo(64, 6)
    expect(priced.portfolio.grossMarginPct).toBeCloseTo(72.3077, 4)
    expect(run('support-agent.json', 'fire-drill').portfolio.grossMarginPct).toBeCloseTo(28, 6)
    const routed = run('support-agent.json', 'route-mini')
    expect(featureOf(routed, 'complex').grossMarginPct).toBeCloseTo(74.152, 3)
  })

  it('contract-analysis.json', () => {
    const base = run('contract-analysis.json')
    expect(base.portfolio.grossMarginPct).toBeCloseTo(80.8081, 4)
    expect(featureOf(base, 'contract').costPerUnitP95).toBeCloseTo(0.87, 6)
    expect(cohortOf(base, 'typical').grossMarginPct).toBeCloseTo(93.94, 2)
    expect(cohortOf(base, 'heavy').grossMarginPct).toBeCloseTo(-37.37, 2)
    expect(cohortOf(base, 'heavy').flags).toEqual(['cost-to-revenue-above-0.8'])
    expect(cohortOf(base, 'typical').flags).toEqual([])
    expect(run('contract-analysis.json', 'guardrails').portfolio.grossMarginPct).toBeCloseTo(
      92.0464,
      4,
    )
  })

  it('devtools-freemium.json', () => {
    const base = run('devtools-freemium.json')
    expect(base.portfolio.grossMarginPct).toBeCloseTo(62.6667, 4)
    expect(cohortOf(base, 'pro-users').grossMarginPct).toBeCloseTo(68.89, 2)
    expect(cohortOf(base, 'free-users').cogs).toBeCloseTo(1400, 6)
    expect(cohortOf(base, 'free-users').conversionBreakevenCustomers).toBe(94)
    expect(run('devtools-freemium.json', 'free-guardrails').portfolio.grossMarginPct).toBeCloseTo(
      68,
      6,
    )
  })

  it('selfhost-70b.json', () => {
    const base = run('selfhost-70b.json')
    expect(base.portfolio.grossMarginPct).toBeCloseTo(85.8857, 4)
    const option = base.selfHost[0]!
    expect(option.crossoverMonthlyApiSpend).toBeCloseTo(96_940, 0)
    expect(option.crossoverMonth).toBe(12)
    expect(option.paybackMonth).toBe(19)
    const cuts = run('selfhost-70b.json', 'price-cuts')
    expect(cuts.forecast).toHaveLength(36)
    expect(cuts.selfHost[0]!.monthly).toHaveLength(36)
    expect(cuts.selfHost[0]!.crossoverMonth).toBeNull()
    expect(cuts.selfHost[0]!.paybackMonth).toBeNull()
  })
})

/** One feature, one step on two models, one customer using one unit a month, no scenario yet. */
function tinyDoc(): WorkspaceDoc {
  return {
    format: 'ai-margin-workspace',
    version: 1,
    name: 'tiny',
    currency: 'USD',
    startMonth: '2026-01',
    horizonMonths: 6,
    models: [
      { id: 'free', name: 'free', provider: 'x', kind: 'api', prices: [price(0)] },
      { id: 'dear', name: 'dear', provider: 'x', kind: 'api', prices: [price(1_000_000)] },
    ],
    features: [
      {
        id: 'f',
        name: 'f',
        unit: 'u',
        category: 'core',
        steps: [
          {
            id: 's',
            name: 's',
            inputTokens: 1,
            outputTokens: 0,
            mix: [
              { modelId: 'free', sharePct: 60.01 },
              { modelId: 'dear', sharePct: 40 },
            ],
          },
        ],
        components: [],
      },
    ],
    plans: [{ id: 'p', name: 'p', seatPrice: 0, aiRevenueSharePct: 0, attribution: 'usage' }],
    cohorts: [
      {
        id: 'h',
        name: 'h',
        planId: 'p',
        customers: 1,
        usage: [{ featureId: 'f', unitsPerSeat: 1 }],
      },
    ],
    selfHost: [],
    scenarios: [],
  }
}

function price(inputPerMTok: number) {
  return { from: '2025-01-01', inputPerMTok, outputPerMTok: 0 }
}

const featureCogs = (result: ComputeResult): number => result.features[0]!.cogs

describe('readings where the engine and the oracle once parted (each computed by hand)', () => {
  it('a mix override that leaves a share unchanged still brings the mix to 100 (§4)', () => {
    // 60.01 + 40 = 100.01 passes §2's ±0.01; "rescales the other shares proportionally so the mix
    // sums to 100" makes the dear model's share 39.99: 0.3999 of a $1 call.
    const doc = tinyDoc()
    doc.scenarios = [
      {
        id: 'same',
        name: 'same',
        overrides: [{ path: 'features/f/steps/s/mix/free', op: 'scale', value: 1 }],
      },
    ]
    expect(featureCogs(oracleCompute(doc, 'same', 0))).toBeCloseTo(0.3999, 12)
    expect(featureCogs(compute(doc, { scenarioId: 'same', month: 0 }))).toBeCloseTo(0.3999, 12)
  })

  it('payback compares the savings with the setup cost of the document at month t (§3)', () => {
    // 1e8 tokens a month: API $1,000, one replica $730, so $270 saved each month from month 0.
    // Setup $100,000 in the baseline, $1 from month 2 on: at month 2 $810 ≥ $1.
    const doc = tinyDoc()
    doc.features[0]!.steps[0]!.inputTokens = 1000
    doc.features[0]!.steps[0]!.mix = [{ modelId: 'dear', sharePct: 100 }]
    doc.models[1]!.prices = [price(10)]
    doc.cohorts[0]!.customers = 100_000
    doc.selfHost = [
      {
        id: 'o',
        name: 'o',
        replacesModelIds: ['dear'],
        gpuHourlyCost: 1,
        gpusPerReplica: 1,
        tokensPerSecondPerReplica: 1000,
        targetUtilizationPct: 100,
        setupCost: 100_000,
      },
    ]
    doc.scenarios = [
      {
        id: 'cheap-setup',
        name: 'cheap',
        overrides: [{ path: 'selfHost/o/setupCost', op: 'set', value: 1, fromMonth: 2 }],
      },
    ]
    const expected = { crossoverMonth: 0, paybackMonth: 2 }
    const pick = ({ crossoverMonth, paybackMonth }: ComputeResult['selfHost'][number]) => ({
      crossoverMonth,
      paybackMonth,
    })
    expect(pick(oracleCompute(doc, 'cheap-setup', 0).selfHost[0]!)).toEqual(expected)
    expect(pick(compute(doc, { scenarioId: 'cheap-setup' }).selfHost[0]!)).toEqual(expected)
  })
})

/** Whether every month the result reads gives a §2-valid document (else the engine may refuse). */
function scenarioIsValid(doc: WorkspaceDoc, scenarioId: string | null, lastMonth: number): boolean {
  const overrides = chainOverrides(doc, scenarioId)
  try {
    for (let t = 0; t <= lastMonth; t++) {
      const applied = documentAt(doc, overrides, t)
      if (!validateDocument({ ...applied, scenarios: [] }).ok) return false
    }
    return true
  } catch (error) {
    if (error instanceof InvalidScenarioError) return false
    throw error
  }
}

describe('the engine agrees with the oracle', () => {
  it('on every §5 field, for the baseline and every scenario, at months 0, 1 and later', () => {
    // A scenario that makes some month invalid is skipped: count what was compared.
    const ran = { baselines: 0, scenarios: 0, skipped: 0 }
    fc.assert(
      fc.property(oracleWorkspaceArb, fc.integer({ min: 2, max: 9 }), (doc, later) => {
        expect(validateDocument({ ...doc, scenarios: [] }).ok).toBe(true)
        for (const scenarioId of [null, ...doc.scenarios.map((s) => s.id)]) {
          if (!scenarioIsValid(doc, scenarioId, Math.max(later, 8))) {
            ran.skipped++
            continue
          }
          if (scenarioId === null) ran.baselines++
          else ran.scenarios++
          for (const month of [0, 1, later]) {
            const expected = oracleCompute(doc, scenarioId, month)
            const actual = compute(doc, { scenarioId, month })
            const found = differences(actual, expected)
            expect(found, `scenario ${scenarioId}, month ${month}`).toEqual([])
          }
        }
      }),
      { numRuns: 300 },
    )
    // The baseline is compared in at least 95% of the runs, and scenarios at least once per
    // run on average (about one in six is skipped for an invalid month).
    expect(ran.baselines).toBeGreaterThanOrEqual(0.95 * 300)
    expect(ran.scenarios).toBeGreaterThanOrEqual(300)
  })
})
