/**
 * Every lever kind of §12 on one small workspace built to trigger each: its overrides apply and
 * make the document say what the lever says.
 */
import { describe, expect, it } from 'vitest'
import {
  candidateLevers,
  evaluateLevers,
  type Lever,
  type LeverKind,
} from '../../../shared/backlog'
import { compute } from '../../../shared/engine'
import { applyOverrides } from '../../../shared/model/overrides'
import type { Step, WorkspaceDoc } from '../../../shared/model/types'
import {
  apiModel,
  cohort,
  feature,
  plan,
  selfHostOption,
  step,
  workspace,
} from '../engine/builders'

/**
 * Calls of 10,000 input and 1,000 output tokens cost $0.13 on `big`, $0.045 on `mid`, $0.012 on
 * `small` and $0.001 on `embed`, which is cheapest but writes no output, so it cannot take over.
 * `big` reads its cache at a tenth of its input price and gives 50% off for batch calls.
 */
const MODELS = [
  apiModel('big', {
    inputPerMTok: 10,
    outputPerMTok: 30,
    cacheReadPerMTok: 1,
    cacheWritePerMTok: 12.5,
    batchDiscountPct: 50,
  }),
  apiModel('mid', { inputPerMTok: 3, outputPerMTok: 15 }),
  apiModel('small', { inputPerMTok: 1, outputPerMTok: 2 }),
  apiModel('embed', { inputPerMTok: 0.1, outputPerMTok: 0 }),
]

const ANSWER: Step = step('answer', 'big', {
  inputTokens: 10_000,
  inputTokensP95: 20_000,
  outputTokens: 1_000,
  outputTokensP95: 4_000,
  mix: [
    { modelId: 'big', sharePct: 50 },
    { modelId: 'mid', sharePct: 30 },
    { modelId: 'small', sharePct: 20 },
  ],
})

/**
 * A unit costs 0.8 × $0.0809 ≈ $0.065 and sells at $0.08: 19% against a 60% floor. On the Team
 * plan the light cohort's cost-to-revenue is about 0.36, the heavy one's 0.72 (heavy, with no
 * allowance on the plan). The GPU option serves `big`'s 1.3M tokens a month for $7.30.
 */
const DOC: WorkspaceDoc = workspace({
  models: MODELS,
  features: [
    feature('chat', {
      name: 'Chat',
      unit: 'reply',
      pricePerUnit: 0.08,
      responseCacheHitPct: 20,
      steps: [{ ...ANSWER, name: 'Answer' }],
    }),
    feature('search', {
      name: 'Search',
      steps: [step('embed', 'embed', { inputTokens: 40 })],
    }),
  ],
  plans: [plan('team', { name: 'Team', seatPrice: 1 })],
  cohorts: [
    cohort(
      'light',
      'team',
      [
        { featureId: 'chat', unitsPerSeat: 10 },
        { featureId: 'search', unitsPerSeat: 5 },
      ],
      {
        customers: 10,
      },
    ),
    cohort('heavy', 'team', [{ featureId: 'chat', unitsPerSeat: 100 }], { customers: 2 }),
  ],
  selfHost: [
    selfHostOption({
      id: 'gpu',
      name: 'Open model on a GPU',
      replacesModelIds: ['big'],
      gpuHourlyCost: 0.01,
      setupCost: 50,
    }),
  ],
})

const levers = candidateLevers(DOC, null)
const ofKind = (kind: LeverKind): Lever[] => levers.filter((lever) => lever.kind === kind)

function applied(lever: Lever, month = 0): WorkspaceDoc {
  const result = applyOverrides(DOC, lever.overrides, month)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.doc
}

const answerOf = (doc: WorkspaceDoc): Step => doc.features[0]!.steps[0]!
const shares = (doc: WorkspaceDoc) =>
  Object.fromEntries(answerOf(doc).mix.map((entry) => [entry.modelId, entry.sharePct]))

describe('lever kinds on a workspace built to trigger each', () => {
  it('proposes every kind, and nothing on the embedding step', () => {
    const kinds = new Set(levers.map((lever) => lever.kind))
    expect([...kinds].sort()).toEqual(
      [
        'add-overage',
        'batch',
        'cap-output',
        'compress-input',
        'price-to-floor',
        'prompt-cache',
        'response-cache',
        'route-cheaper-model',
        'self-host',
      ].sort(),
    )
    // Embedding calls cost $0.000004: too little to cache or batch, nothing to route to.
    const onEmbed = levers.filter((lever) => lever.id.includes('search/embed'))
    expect(onEmbed.map((lever) => lever.kind)).toEqual(['compress-input'])
  })

  it('routes from the costliest model to the cheapest that writes output, others untouched', () => {
    const routes = ofKind('route-cheaper-model')
    expect(routes.map((lever) => lever.id)).toEqual([
      'route:chat/answer:big>small:25',
      'route:chat/answer:big>small:50',
      'route:chat/answer:big>small:100',
    ])
    for (const [index, points] of [12.5, 25, 50].entries()) {
      const lever = routes[index]!
      expect(lever.title).toBe(`Route ${points}% of Chat · Answer from big to small`)
      // Three models: set small, then set big, so that mid keeps its 30.
      expect(lever.overrides.map((override) => override.path)).toEqual([
        'features/chat/steps/answer/mix/small',
        'features/chat/steps/answer/mix/big',
      ])
      const mix = shares(applied(lever))
      expect(mix.big).toBe(50 - points)
      expect(mix.mid).toBeCloseTo(30, 12)
      expect(mix.small).toBeCloseTo(20 + points, 12)
      expect(mix.big! + mix.mid! + mix.small!).toBeCloseTo(100, 12)
    }
  })

  it('raises the response cache hit rate by 10 points', () => {
    const [lever] = ofKind('response-cache')
    expect(lever!.id).toBe('response-cache:chat:+10')
    expect(applied(lever!).features[0]!.responseCacheHitPct).toBe(30)
  })

  it('caches half the input as a prefix served 10 calls per write', () => {
    const [lever] = ofKind('prompt-cache')
    const answer = answerOf(applied(lever!))
    expect([answer.cachedPrefixTokens, answer.prefixReuse]).toEqual([5_000, 10])
    expect(lever!.detail).toContain('5,000 of its 10,000 input tokens')
  })

  it('batches all calls, and says for which work', () => {
    const [lever] = ofKind('batch')
    expect(answerOf(applied(lever!)).batchSharePct).toBe(100)
    expect(lever!.detail).toMatch(/can wait/)
    expect(lever!.needsQualityCheck).toBe(false)
  })

  it('cuts input tokens and their P95 by 30%', () => {
    const lever = ofKind('compress-input').find((candidate) => candidate.id.includes('chat'))!
    const answer = answerOf(applied(lever))
    expect([answer.inputTokens, answer.inputTokensP95]).toEqual([7_000, 14_000])
  })

  it('caps P95 output at 1.5 × the mean, quality checked', () => {
    const [lever] = ofKind('cap-output')
    expect(answerOf(applied(lever!)).outputTokensP95).toBe(1_500)
    expect(lever!.needsQualityCheck).toBe(true)
  })

  it('prices a feature below its floor at its breakeven, which puts it at the floor', () => {
    const [lever] = ofKind('price-to-floor')
    const breakeven = compute(DOC).features[0]!.breakevenPriceAtFloor!
    expect(applied(lever!).features[0]!.pricePerUnit).toBe(breakeven)
    expect(compute(applied(lever!)).features[0]!.grossMarginPct).toBeCloseTo(60, 9)
  })

  it("adds overage beyond the other cohorts' median use, at the breakeven at floor", () => {
    const [lever] = ofKind('add-overage')
    expect(lever!.id).toBe('add-overage:team/chat')
    const team = applied(lever!).plans[0]!
    expect(team.includedUnits).toEqual({ chat: 10 })
    expect(team.overagePrice).toEqual({ chat: compute(DOC).features[0]!.breakevenPriceAtFloor })
    expect(lever!.detail).toMatch(/heavy \(100 a seat\)/)
  })

  it('self-hosts from the crossover: the calls on it cost what the option does', () => {
    const [lever] = ofKind('self-host')
    expect(lever!.oneOffCost).toBe(50)
    const after = applied(lever!)
    expect(after.models.map((model) => model.id)).toContain('self-host-gpu')
    expect(shares(after).big).toBe(0)
    expect(shares(after)['self-host-gpu']).toBeCloseTo(50, 12)
    // No hidden cost: each month's gain is the comparison's API cost less the self-host cost.
    const { monthly } = compute(DOC).selfHost[0]!
    const [evaluation] = evaluateLevers(DOC, null, [lever!])
    const saving = monthly.slice(0, 3).reduce((sum, row) => sum + row.apiCost - row.selfHostCost, 0)
    expect(evaluation!.deltaGrossProfitQuarter).toBeCloseTo(saving, 9)
    expect(saving).toBeGreaterThan(0)
  })

  it('starts every override at the month a lever is proposed for', () => {
    for (const lever of candidateLevers(DOC, null, 2)) {
      for (const override of lever.overrides) expect(override.fromMonth).toBe(2)
    }
  })
})
