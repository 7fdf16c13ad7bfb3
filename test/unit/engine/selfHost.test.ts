/** Self-host versus API (DESIGN.md §3 "Self-host crossover"), computed by hand. */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { SelfHostOption, WorkspaceDoc } from '../../../shared/model/types'
import { apiModel, cohort, feature, plan, selfHostOption, step, workspace } from './builders'

/**
 * 1,000 units at month 0, growing 50% a month, each one call of 800k input + 200k output tokens
 * at $1 per million: 1e9 tokens and $1,000 of API spend at month 0. A replica serves
 * 1,000 tok/s · 3,600 · 730 = 2.628e9 tokens a month and costs $730; $500 fixed, $1,000 setup.
 */
function growing(option: Partial<SelfHostOption> = {}): WorkspaceDoc {
  return workspace({
    horizonMonths: 4,
    models: [
      apiModel('api', { inputPerMTok: 1, outputPerMTok: 1 }),
      apiModel('other', { inputPerMTok: 1, outputPerMTok: 1 }),
    ],
    features: [
      feature('chat', {
        hiddenCostPct: 50, // not part of the API spend self-hosting replaces
        steps: [
          step('turn', 'api', { inputTokens: 800_000, outputTokens: 200_000 }),
          step('other', 'other', { inputTokens: 800_000 }),
        ],
      }),
    ],
    plans: [plan('p')],
    cohorts: [
      cohort('h', 'p', [{ featureId: 'chat', unitsPerSeat: 100 }], {
        customers: 10,
        monthlyGrowthPct: 50,
      }),
    ],
    selfHost: [
      selfHostOption({
        replacesModelIds: ['api'],
        fixedMonthlyCost: 500,
        setupCost: 1_000,
        ...option,
      }),
    ],
  })
}

const resultOf = (doc: WorkspaceDoc) => compute(doc).selfHost[0]!

describe('self-host by month', () => {
  const result = resultOf(growing())

  it('counts the tokens and API cost on the replaced models and the replicas they need', () => {
    const expected = [
      { tokens: 1e9, apiCost: 1_000, replicas: 1, selfHostCost: 1_230 },
      { tokens: 1.5e9, apiCost: 1_500, replicas: 1, selfHostCost: 1_230 },
      { tokens: 2.25e9, apiCost: 2_250, replicas: 1, selfHostCost: 1_230 },
      { tokens: 3.375e9, apiCost: 3_375, replicas: 2, selfHostCost: 1_960 },
    ]
    expect(result.monthly.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04'])
    result.monthly.forEach((month, t) => {
      const want = expected[t]!
      expect(month.tokens).toBeCloseTo(want.tokens, 0)
      expect(month.apiCost).toBeCloseTo(want.apiCost, 8)
      expect(month.replicas).toBe(want.replicas)
      expect(month.selfHostCost).toBeCloseTo(want.selfHostCost, 8)
    })
  })

  it('crosses over in the first month self-hosting costs no more, and pays setup back after', () => {
    expect(result.crossoverMonth).toBe(1)
    // saved 270 in month 1, 1,290 by month 2
    expect(result.paybackMonth).toBe(2)
  })

  it('finds the least monthly volume where self-hosting costs no more than the API', () => {
    // one replica: $1,230 ≥ V·$1e-6 from V = 1.23e9, within one replica's 2.628e9
    expect(result.crossoverMonthlyTokens).toBeCloseTo(1.23e9, 0)
    expect(result.crossoverMonthlyApiSpend).toBeCloseTo(1_230, 8)
  })

  it('counts retries, response-cache hits and token scale in the tokens', () => {
    const doc = growing()
    doc.features[0]!.retryRatePct = 10
    doc.features[0]!.responseCacheHitPct = 50
    doc.cohorts[0]!.usage[0]!.tokenScale = 2
    const [month0] = resultOf(doc).monthly
    expect(month0!.tokens).toBeCloseTo(1e9 * 1.1 * 0.5 * 2, 0)
    expect(month0!.apiCost).toBeCloseTo(1_000 * 1.1 * 0.5 * 2, 8)
  })
})

describe('crossover volume across replica steps', () => {
  it('moves to the replica count whose volume covers its own cost', () => {
    // fixed $5,000: 1 replica needs 5.73e9 tokens (> 2.628e9), 2 need 6.46e9 (> 5.256e9),
    // 3 need 7.19e9 (≤ 7.884e9)
    const result = resultOf(growing({ fixedMonthlyCost: 5_000 }))
    expect(result.crossoverMonthlyTokens).toBeCloseTo(7.19e9, 0)
    expect(result.crossoverMonthlyApiSpend).toBeCloseTo(7_190, 8)
  })

  it('starts from minReplicas and adds the ops overhead to each replica', () => {
    const result = resultOf(growing({ minReplicas: 2, opsOverheadPct: 30 }))
    // 2 replicas · 730 · 1.3 + 500
    expect(result.monthly[0]!.selfHostCost).toBeCloseTo(2_398, 8)
    expect(result.monthly[0]!.replicas).toBe(2)
    expect(result.crossoverMonthlyApiSpend).toBeCloseTo(2_398, 8)
  })

  it('is null without month-0 tokens, or when a replica costs more than the API for its volume', () => {
    const unused = growing({ replacesModelIds: ['other'] })
    unused.features[0]!.steps[1]!.inputTokens = 0
    expect(resultOf(unused)).toMatchObject({
      crossoverMonth: null,
      paybackMonth: null,
      crossoverMonthlyTokens: null,
      crossoverMonthlyApiSpend: null,
    })
    // $3,000 a replica against $2,628 of API spend per replica's volume
    expect(resultOf(growing({ gpuHourlyCost: 3_000 / 730 })).crossoverMonthlyTokens).toBeNull()
  })
})
