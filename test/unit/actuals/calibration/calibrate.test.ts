/**
 * Calibration from hand-built aggregates and histograms (§9): every expected number is worked out
 * in the comments, and the proposal, taken into the baseline or a scenario, gives those numbers.
 */
import { describe, expect, it } from 'vitest'
import { NO_USAGE } from '../../../../shared/actuals/aggregate'
import { calibrate } from '../../../../shared/actuals/calibration/observe'
import { calibrationProposal } from '../../../../shared/actuals/calibration/proposal'
import { calibrationEdits, calibrationScenario } from '../../../../shared/actuals/calibration/take'
import type {
  CalibrationWindow,
  FeatureCalibration,
  ObservedStep,
} from '../../../../shared/actuals/calibration/types'
import type { DailyAggregate, SampleCount, SampleMetric } from '../../../../shared/actuals/types'
import { applyEdits } from '../../../../shared/model/edits'
import { applyOverrides } from '../../../../shared/model/overrides'
import type { Step, WorkspaceDoc } from '../../../../shared/model/types'
import { validateDocument } from '../../../../shared/model/validate'
import { apiModel, feature, step, workspace } from '../../engine/builders'

const NOVEMBER: CalibrationWindow = { from: '2026-11-01', to: '2026-11-30' }
const DAY_1 = '2026-11-01'
const DAY_2 = '2026-11-02'

/** Feature `support` answers once per ticket; `search` plans, then retrieves some of the time. */
function plan(): WorkspaceDoc {
  const prices = { inputPerMTok: 1, outputPerMTok: 2 }
  return workspace({
    models: [apiModel('big', prices), apiModel('small', prices), apiModel('mid', prices)],
    features: [
      feature('support', {
        steps: [step('answer', 'big', { inputTokens: 1000, outputTokens: 300 })],
      }),
      feature('search', {
        responseCacheHitPct: 10,
        steps: [
          step('plan', 'small', { inputTokens: 500, outputTokens: 50 }),
          step('retrieve', 'small', { inputTokens: 800, outputTokens: 100 }),
        ],
      }),
    ],
  })
}

function row(fields: Partial<DailyAggregate>): DailyAggregate {
  return {
    day: DAY_1,
    featureId: 'support',
    stepId: 'answer',
    modelId: 'big',
    sourceModel: 'big',
    customerId: 'unassigned',
    cohortId: null,
    ...NO_USAGE,
    ...fields,
  }
}

/** A day's histogram of one metric of a step: `{ value: count }`. */
function samples(
  where: { day: string; featureId: string; stepId: string },
  metric: SampleMetric,
  counts: Record<number, number>,
): SampleCount[] {
  return Object.entries(counts).map(([value, count]) => ({
    ...where,
    metric,
    value: Number(value),
    count,
  }))
}

function stepOf(calibrations: FeatureCalibration[], featureId: string, stepId: string) {
  const found = calibrations
    .find((calibration) => calibration.featureId === featureId)
    ?.steps.find((calibration) => calibration.stepId === stepId)
  if (!found) throw new Error(`no calibration of ${featureId}/${stepId}`)
  return found
}

const observed = (
  calibrations: FeatureCalibration[],
  featureId: string,
  stepId: string,
): ObservedStep => stepOf(calibrations, featureId, stepId).observed

function planStep(doc: WorkspaceDoc, featureId: string, stepId: string): Step {
  const found = doc.features.find((f) => f.id === featureId)?.steps.find((s) => s.id === stepId)
  if (!found) throw new Error(`no step ${featureId}/${stepId}`)
  return found
}

/**
 * 100 answer calls over two days, one per ticket. Total input per call (uncached + cached reads +
 * cache writes), as the `inputTokens` histogram records it:
 *   day 1: 44 calls at 1,100 and 2 at 2,000 → 48,400 + 4,000 = 52,400 tokens
 *   day 2: 50 calls at 1,260 and 4 at 2,000 → 63,000 + 8,000 = 71,000 tokens
 * Mean: 123,400 / 100 = 1,234. P95 rank ⌈0.95 · 100⌉ = 95: ≤ 1,260 holds 44 + 50 = 94 calls,
 * ≤ 2,000 all 100, so P95 = 2,000. The aggregates split the same totals into uncached input,
 * cached reads (10,000 each day: 200 per call, 20,000 / 123,400 = 16.2% of input) and writes.
 */
function answerLog(): { aggregates: DailyAggregate[]; samples: SampleCount[] } {
  const day1 = { day: DAY_1, featureId: 'support', stepId: 'answer' }
  const day2 = { ...day1, day: DAY_2 }
  return {
    aggregates: [
      row({ ...day1, units: 46, calls: 46, inputTokens: 40_000, cachedInputTokens: 10_000 }),
      row({ ...day1, cacheWriteTokens: 2_400, outputTokens: 13_800 }),
      row({ ...day2, units: 54, calls: 54, inputTokens: 60_000, cachedInputTokens: 10_000 }),
      row({ ...day2, cacheWriteTokens: 1_000, outputTokens: 16_200 }),
    ],
    samples: [
      ...samples(day1, 'inputTokens', { 1100: 44, 2000: 2 }),
      ...samples(day2, 'inputTokens', { 1260: 50, 2000: 4 }),
      ...samples(day1, 'callsPerUnit', { 1: 46 }),
      ...samples(day2, 'callsPerUnit', { 1: 54 }),
    ],
  }
}

describe('calibrate: tokens per call', () => {
  it('reads mean 1,234 and P95 2,000 of input per call, cached reads included', () => {
    const result = calibrate({ doc: plan(), ...answerLog(), ...NOVEMBER })
    const answer = observed(result, 'support', 'answer')
    expect(answer.calls).toBe(100)
    expect(answer.inputTokens).toEqual({ mean: 1234, p95: 2000 })
    expect(answer.cachedPrefixTokens).toBe(200)
    expect(answer.cachedSharePct).toBeCloseTo((20_000 / 123_400) * 100, 10)
    // 30,000 output tokens over 100 calls; no output histogram: no P95 to rank.
    expect(answer.outputTokens).toEqual({ mean: 300, p95: null })
    expect(answer.reasoningTokens).toEqual({ mean: 0, p95: null })
    expect(answer.callsPerUnit).toEqual({ mean: 1, p95: 1 })
    expect(stepOf(result, 'support', 'answer').planned.inputTokens).toEqual({
      mean: 1000,
      p95: 1000,
    })
  })

  it('proposes exactly the changed fields, and taking them sets them in the baseline', () => {
    const doc = plan()
    const proposal = calibrationProposal(calibrate({ doc, ...answerLog(), ...NOVEMBER }))
    // Output (300) and calls per unit (1) match the plan; the mix is all `big`, as planned.
    expect(proposal).toEqual([
      {
        featureId: 'support',
        stepId: 'answer',
        field: 'inputTokens',
        planned: 1000,
        observed: 1234,
      },
      {
        featureId: 'support',
        stepId: 'answer',
        field: 'inputTokensP95',
        planned: 1000,
        observed: 2000,
      },
      {
        featureId: 'support',
        stepId: 'answer',
        field: 'cachedPrefixTokens',
        planned: 0,
        observed: 200,
      },
      // `search` had no units at all: nothing observed, nothing proposed.
    ])
    const edited = applyEdits(doc, calibrationEdits(proposal))
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems))
    expect(validateDocument(edited.doc).ok).toBe(true)
    expect(planStep(edited.doc, 'support', 'answer')).toMatchObject({
      inputTokens: 1234,
      inputTokensP95: 2000,
      cachedPrefixTokens: 200,
      outputTokens: 300,
    })
  })

  it('or sets them in a new scenario named after the window', () => {
    const doc = plan()
    const proposal = calibrationProposal(calibrate({ doc, ...answerLog(), ...NOVEMBER }))
    const scenario = calibrationScenario(doc, proposal, NOVEMBER)
    expect(scenario.name).toBe('Calibrated 2026-11-01 – 2026-11-30')
    const withScenario = { ...doc, scenarios: [scenario] }
    expect(validateDocument(withScenario).ok).toBe(true)
    const applied = applyOverrides(doc, scenario.overrides, 0)
    if (!applied.ok) throw new Error(JSON.stringify(applied.problems))
    expect(planStep(applied.doc, 'support', 'answer')).toMatchObject({
      inputTokens: 1234,
      inputTokensP95: 2000,
      cachedPrefixTokens: 200,
    })
    expect(planStep(doc, 'support', 'answer').inputTokens).toBe(1000)
  })
})

/**
 * `search`: 10 queries a day. Day 1: every query plans once; 3 retrieve twice, 1 five times, 6 not
 * at all (not listed: 10 − 4 = 6 zeros). Day 2: every query plans once, none retrieves.
 */
function searchLog(): { aggregates: DailyAggregate[]; samples: SampleCount[] } {
  const search = { featureId: 'search', modelId: 'small', sourceModel: 'small' }
  const at = (day: string, stepId: string) => ({ day, featureId: 'search', stepId })
  return {
    aggregates: [
      // Units count on the row where a query was first seen: its plan call.
      row({ ...search, ...at(DAY_1, 'plan'), units: 10, calls: 10, inputTokens: 5_000 }),
      row({ ...search, ...at(DAY_1, 'retrieve'), calls: 11, inputTokens: 8_800 }),
      row({ ...search, ...at(DAY_2, 'plan'), units: 10, calls: 10, inputTokens: 5_000 }),
    ],
    samples: [
      ...samples(at(DAY_1, 'plan'), 'callsPerUnit', { 1: 10 }),
      ...samples(at(DAY_1, 'retrieve'), 'callsPerUnit', { 2: 3, 5: 1 }),
      ...samples(at(DAY_2, 'plan'), 'callsPerUnit', { 1: 10 }),
    ],
  }
}

describe('calibrate: calls per unit', () => {
  it('counts the units without a call of the step as zeros', () => {
    // Both days: 20 queries, {0: 6 + 10, 2: 3, 5: 1}. Mean 11 / 20 = 0.55. P95 rank
    // ⌈0.95 · 20⌉ = 19: ≤ 0 holds 16, ≤ 2 holds 19, so P95 = 2.
    const result = calibrate({ doc: plan(), ...searchLog(), ...NOVEMBER })
    expect(observed(result, 'search', 'retrieve').callsPerUnit).toEqual({ mean: 0.55, p95: 2 })
    expect(observed(result, 'search', 'plan').callsPerUnit).toEqual({ mean: 1, p95: 1 })
    expect(result.find((f) => f.featureId === 'search')?.units).toBe(20)
  })

  it('reads only the window: without day 2 the zeros and the mean change', () => {
    // Day 1 alone: 10 queries, {0: 6, 2: 3, 5: 1}. Mean 1.1; rank ⌈9.5⌉ = 10 of 10: P95 = 5.
    const result = calibrate({ doc: plan(), ...searchLog(), from: DAY_1, to: DAY_1 })
    expect(observed(result, 'search', 'retrieve').callsPerUnit).toEqual({ mean: 1.1, p95: 5 })
    // And a window after both days sees no units at all.
    const later = calibrate({ doc: plan(), ...searchLog(), from: '2026-12-01', to: '2026-12-31' })
    expect(observed(later, 'search', 'retrieve').callsPerUnit).toBeNull()
  })

  it('has no P95 on a day with calls but no units listed (a usage bucket)', () => {
    const log = searchLog()
    const bucketed = log.samples.filter((sample) => sample.stepId !== 'retrieve')
    const result = calibrate({
      doc: plan(),
      aggregates: log.aggregates,
      samples: bucketed,
      ...NOVEMBER,
    })
    expect(observed(result, 'search', 'retrieve').callsPerUnit).toEqual({ mean: 0.55, p95: null })
  })

  it('proposes calls per unit to 0.01 and tokens per call whole', () => {
    // Retrieve: 0.55 calls per query (P95 2) against 1 planned; 8,800 / 11 = 800 tokens, as planned.
    // Plan: 10,000 / 20 = 500 tokens, as planned, once per query as planned.
    const proposal = calibrationProposal(calibrate({ doc: plan(), ...searchLog(), ...NOVEMBER }))
    const search = proposal.filter((change) => change.featureId === 'search')
    expect(search).toEqual([
      { featureId: 'search', stepId: 'plan', field: 'outputTokens', planned: 50, observed: 0 },
      {
        featureId: 'search',
        stepId: 'retrieve',
        field: 'callsPerUnit',
        planned: 1,
        observed: 0.55,
      },
      {
        featureId: 'search',
        stepId: 'retrieve',
        field: 'callsPerUnitP95',
        planned: 1,
        observed: 2,
      },
      { featureId: 'search', stepId: 'retrieve', field: 'outputTokens', planned: 100, observed: 0 },
    ])
  })
})

describe('calibrate: mix, response cache, steps the plan lacks', () => {
  const answer = { day: DAY_1, featureId: 'support', stepId: 'answer' }

  it('shares the calls on workspace models, summing to exactly 100, and counts the rest', () => {
    // 3 calls on workspace models, one each: 33.4 (the first), 33.3, 33.3. The 2 calls on no
    // model and the 4 on a model the workspace lacks are shown apart.
    const aggregates = [
      row({ ...answer, units: 9, calls: 1, modelId: 'big' }),
      row({ ...answer, calls: 1, modelId: 'small' }),
      row({ ...answer, calls: 1, modelId: 'mid' }),
      row({ ...answer, calls: 2, modelId: null, sourceModel: 'unknown-model' }),
      row({ ...answer, calls: 4, modelId: 'retired' }),
    ]
    const step = observed(
      calibrate({ doc: plan(), aggregates, samples: [], ...NOVEMBER }),
      'support',
      'answer',
    )
    expect(step.mix).toEqual([
      { modelId: 'big', sharePct: 33.4 },
      { modelId: 'small', sharePct: 33.3 },
      { modelId: 'mid', sharePct: 33.3 },
    ])
    expect(step.mix.reduce((sum, entry) => sum + entry.sharePct * 10, 0)).toBeCloseTo(1000, 9)
    expect(step.callsWithoutModel).toBe(6)
    expect(step.calls).toBe(9)
  })

  it('has no response cache hit rate when the source does not report hits', () => {
    const aggregates = [row({ ...answer, units: 5, calls: 5 })]
    const [support] = calibrate({ doc: plan(), aggregates, samples: [], ...NOVEMBER })
    expect(support?.responseCacheHitPct).toEqual({ planned: 0, observed: null })
    expect(support?.steps[0]?.observed.responseCacheHitPct).toBeNull()
  })

  it('rates cache hits over the calls of the rows that report them, and proposes it to 0.1', () => {
    // 1 hit in 3 reported calls: 33.33…% → 33.3; the 5 calls of a source without hits don't count.
    const at = { featureId: 'search', stepId: 'plan', modelId: 'small' }
    const aggregates = [
      row({ ...at, units: 3, calls: 3, cacheHits: 1 }),
      row({ ...at, day: DAY_2, units: 5, calls: 5, cacheHits: null }),
    ]
    const result = calibrate({ doc: plan(), aggregates, samples: [], ...NOVEMBER })
    expect(result[1]?.responseCacheHitPct.observed).toBeCloseTo(100 / 3, 10)
    const change = calibrationProposal(result).find((c) => c.field === 'responseCacheHitPct')
    expect(change).toEqual({
      featureId: 'search',
      field: 'responseCacheHitPct',
      planned: 10,
      observed: 33.3,
    })
    const edited = applyEdits(plan(), calibrationEdits(change ? [change] : []))
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems))
    expect(edited.doc.features[1]?.responseCacheHitPct).toBe(33.3)
  })

  it('lists steps the workspace lacks apart, and proposes nothing for them', () => {
    const aggregates = [
      row({ ...answer, units: 4, calls: 4 }),
      row({ ...answer, stepId: 'rewrite', calls: 2, inputTokens: 600 }),
      row({ ...answer, stepId: '', calls: 1 }),
    ]
    const result = calibrate({ doc: plan(), aggregates, samples: [], ...NOVEMBER })
    const support = result[0]
    expect(support?.steps.map((s) => s.stepId)).toEqual(['answer'])
    expect(support?.unknownSteps.map((s) => [s.stepId, s.observed.calls])).toEqual([
      ['', 1],
      ['rewrite', 2],
    ])
    expect(support?.unknownSteps[1]?.observed.inputTokens?.mean).toBe(300)
    expect(
      calibrationProposal(result).every(
        (change) => 'stepId' in change && change.stepId === 'answer',
      ),
    ).toBe(true)
  })
})
