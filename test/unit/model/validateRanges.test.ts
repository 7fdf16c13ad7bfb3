/** Ranges (§11) are checked against what their path names, in the document they apply to. */
import { describe, expect, it } from 'vitest'
import type { Range, WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { problemsOf } from './validationHelpers'

const support = (): WorkspaceDoc => structuredClone(exampleDocument('support-agent.json'))

const range = (path: string, low: number, likely: number, high: number): Range => ({
  path,
  low,
  likely,
  high,
  shape: 'pert',
})

function withRanges(ranges: unknown[]): WorkspaceDoc {
  return { ...support(), ranges: ranges as Range[] }
}

describe('ranges on the baseline', () => {
  it('accept any numeric input an override path names, through selectors and mix shares', () => {
    const doc = withRanges([
      range('features/complex/steps/loop/inputTokens', 8000, 12000, 20000),
      range('models/provider:openai/prices/*/inputPerMTok', 1, 2.5, 3),
      range('features/complex/steps/loop/mix/gpt-4o-mini', 0, 20, 60),
      range('cohorts/all/monthlyGrowthPct', -5, 3, 10),
      { ...range('features/*/retryRatePct', 1, 2, 30), shape: 'lognormal', group: 'ops' },
    ])
    expect(problemsOf(doc)).toEqual([])
  })

  it('need low ≤ likely ≤ high, and a lognormal above 0', () => {
    expect(
      problemsOf(
        withRanges([
          range('features/complex/pricePerUnit', 3, 2, 4),
          { ...range('features/simple/pricePerUnit', 0, 0, 4), shape: 'lognormal' },
        ]),
      ),
    ).toEqual([
      {
        path: 'ranges[0]',
        message: 'low, likely and high must be in order (low ≤ likely ≤ high), got 3, 2, 4',
      },
      {
        path: 'ranges[1].low',
        message: 'a lognormal range needs low above 0 (it is its 5th percentile)',
      },
    ])
  })

  it('refuse a path that names nothing, text, a whole-number setting or a second range', () => {
    // A second range on a path is a shape problem: the path checks wait until it is gone.
    expect(
      problemsOf(
        withRanges([
          range('features/nope/pricePerUnit', 1, 2, 3),
          range('features/complex/name', 1, 2, 3),
          range('workspace/horizonMonths', 12, 24, 36),
          range('features/complex/pricePerUnit', 1, 2, 3),
          range('features/complex/pricePerUnit', 1, 2, 4),
        ]),
      ).map((problem) => problem.path),
    ).toEqual(['ranges[4]'])
    const problems = problemsOf(
      withRanges([
        range('features/nope/pricePerUnit', 1, 2, 3),
        range('features/complex/name', 1, 2, 3),
        range('workspace/horizonMonths', 12, 24, 36),
      ]),
    )
    expect(problems.map((problem) => problem.path)).toEqual([
      'ranges[0].path',
      'ranges[1].path',
      'ranges[2].path',
    ])
    expect(problems[2]?.message).toBe('names a whole-number setting, which takes no range')
  })

  it('refuse a use of a feature the cohort lacks, and self-host options, saying why', () => {
    const doc = withRanges([
      range('cohorts/all/usage/ghost/unitsPerSeat', 1, 2, 3),
      range('features/complex/pricePerUnit', 1, 2, 3),
    ])
    doc.features.push({ ...structuredClone(doc.features[1]!), id: 'ghost', name: 'Ghost' })
    expect(problemsOf(doc)).toEqual([
      {
        path: 'ranges[0].path',
        message: 'names a use of feature "ghost" the cohort does not have',
      },
    ])
    const hosted = withRanges([range('selfHost/*/gpuHourlyCost', 2, 3, 4)])
    hosted.selfHost.push({
      id: 'h100',
      name: 'H100',
      replacesModelIds: ['gpt-4o'],
      gpuHourlyCost: 3,
      gpusPerReplica: 4,
      tokensPerSecondPerReplica: 2000,
      targetUtilizationPct: 60,
    })
    expect(problemsOf(hosted).map((problem) => problem.message)).toEqual([
      'names a self-host option: options are compared, not simulated, so no result would move',
    ])
  })

  it("refuse low or high outside the field's bounds, naming the field", () => {
    expect(
      problemsOf(withRanges([range('features/complex/responseCacheHitPct', 10, 50, 120)])),
    ).toEqual([
      {
        path: 'ranges[0].high',
        message: 'must be between 0 and 100 for features/complex/responseCacheHitPct',
      },
    ])
  })

  it('refuse NaN and Infinity in the shape check, before anything else', () => {
    const paths = problemsOf(
      withRanges([{ ...range('features/complex/pricePerUnit', 1, 2, 3), high: Infinity }]),
    ).map((problem) => problem.path)
    expect(paths).toEqual(['ranges[0].high'])
  })
})

describe('ranges of a scenario', () => {
  it('may name what the scenario inserts, and are checked against its document', () => {
    const doc = support()
    const inserted = structuredClone(doc.features[0]!)
    doc.scenarios.push({
      id: 'coach',
      name: 'Coaching',
      overrides: [{ path: 'features', op: 'insert', value: { ...inserted, id: 'coach' } }],
      ranges: [range('features/coach/pricePerUnit', 1, 2, 3)],
    })
    expect(problemsOf(doc)).toEqual([])
    doc.ranges = [range('features/coach/pricePerUnit', 1, 2, 3)]
    expect(problemsOf(doc).map((problem) => problem.path)).toEqual(['ranges[0].path'])
  })

  it('are reported under their scenario', () => {
    const doc = support()
    doc.scenarios[0]!.ranges = [range('features/complex/floorPct', 50, 60, 100)]
    expect(problemsOf(doc)).toEqual([
      {
        path: 'scenarios[price-complex].ranges[0].high',
        message: 'must be at least 0 and less than 100 for features/complex/floorPct',
      },
    ])
  })
})
