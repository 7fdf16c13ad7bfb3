/**
 * Calibration from a log, end to end: calls read by the aggregator, observed over a window, taken
 * into the baseline. The log's 1,000 calls are built so that the mean input is 1,234 tokens and
 * the nearest-rank P95 is 2,000: 949 calls of 1,100, one of 2,000 and 50 of 3,762.
 *   mean = (949·1,100 + 2,000 + 50·3,762)/1,000 = (1,043,900 + 2,000 + 188,100)/1,000 = 1,234
 *   P95 = the ⌈0.95·1,000⌉ = 950th smallest = the call of 2,000 (949 are below it)
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { UsageAggregator } from '../../../../shared/actuals/aggregate'
import { calibrate } from '../../../../shared/actuals/calibration/observe'
import { calibrationProposal } from '../../../../shared/actuals/calibration/proposal'
import { calibrationEdits } from '../../../../shared/actuals/calibration/take'
import type { UsageRecord } from '../../../../shared/actuals/types'
import { applyEdits } from '../../../../shared/model/edits'
import type { WorkspaceDoc } from '../../../../shared/model/types'

const doc = JSON.parse(
  readFileSync('/work/shared/examples/support-agent.json', 'utf8'),
) as WorkspaceDoc

const inputs = [
  ...Array.from({ length: 949 }, () => 1_100),
  2_000,
  ...Array.from({ length: 50 }, () => 3_762),
]

function log(): UsageAggregator {
  const aggregator = new UsageAggregator()
  // Shuffled by a fixed stride: the order a log comes in must not matter.
  inputs.forEach((_, index) => {
    const input = inputs[(index * 617) % inputs.length]!
    const call: UsageRecord = {
      line: index + 2,
      day: index % 2 === 0 ? '2026-11-02' : '2026-11-03',
      tags: [],
      metadata: {},
      calls: 1,
      // A tenth of each call's input came from the prompt cache: still input the step plans.
      inputTokens: input - Math.floor(input / 10),
      cachedInputTokens: Math.floor(input / 10),
      cacheWriteTokens: 0,
      outputTokens: 300,
      reasoningTokens: 0,
      reportedCost: null,
    }
    aggregator.add(call, {
      matched: true,
      featureId: 'simple',
      stepId: 'loop',
      modelId: 'gpt-4o',
      unitId: `ticket-${index}`,
      customerId: 'acme',
      cohortId: 'all',
    })
  })
  return aggregator
}

describe('calibrating from a log', () => {
  const { aggregates, samples } = log().result()
  const [simple] = calibrate({ doc, aggregates, samples, from: '2026-11-01', to: '2026-11-30' })
  const observed = simple!.steps.find((step) => step.stepId === 'loop')!.observed

  it('finds the mean and the nearest-rank P95 of input tokens per call', () => {
    expect(observed.inputTokens).toEqual({ mean: 1_234, p95: 2_000 })
    expect(observed.calls).toBe(1_000)
  })

  it('applied to the baseline, sets the step to them', () => {
    const picked = calibrationProposal([simple!]).filter(
      (change) =>
        'field' in change && (change.field === 'inputTokens' || change.field === 'inputTokensP95'),
    )
    const applied = applyEdits(doc, calibrationEdits(picked))
    if (!applied.ok) throw new Error(JSON.stringify(applied.problems))
    const step = applied.doc.features.find((f) => f.id === 'simple')!.steps[0]!
    expect([step.inputTokens, step.inputTokensP95]).toEqual([1_234, 2_000])
  })

  it('leaves out a window without the log', () => {
    const [none] = calibrate({ doc, aggregates, samples, from: '2026-10-01', to: '2026-10-31' })
    expect(none!.steps[0]!.observed.calls).toBe(0)
  })
})
