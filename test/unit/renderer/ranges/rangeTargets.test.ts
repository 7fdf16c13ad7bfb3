import { describe, expect, it } from 'vitest'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import {
  currentValueAt,
  prefilledRange,
  rangeBounds,
  rangePathOfCell,
  rangeValueKind,
} from '../../../../renderer/src/views/uncertainty/ranges/rangeTargets'
import { exampleDocument } from '../../../fixtures/documents'

const demo = (): WorkspaceDoc => structuredClone(exampleDocument('demo-workspace.json'))

describe('where a range can go', () => {
  it('takes numeric inputs, mix shares and selectors, with their bounds', () => {
    const doc = demo()
    expect(rangeBounds(doc, 'features/support-agent/responseCacheHitPct')).toMatchObject({
      min: 0,
      max: 100,
    })
    expect(rangeBounds(doc, 'features/support-agent/steps/resolve/mix/gpt-4o')).not.toBeNull()
    expect(rangeBounds(doc, 'models/provider:openai/prices/*/inputPerMTok')).not.toBeNull()
  })

  it('refuses entities, text, unknown ids and whole-number settings', () => {
    const doc = demo()
    expect(rangeBounds(doc, 'features/support-agent')).toBeNull()
    expect(rangeBounds(doc, 'features/support-agent/name')).toBeNull()
    expect(rangeBounds(doc, 'features/nope/pricePerUnit')).toBeNull()
    expect(rangeBounds(doc, 'workspace/horizonMonths')).toBeNull()
  })

  it('refuses the share of a model that has its mix to itself: it can only be 100', () => {
    const doc = demo()
    expect(rangeBounds(doc, 'features/support-agent/steps/triage/mix/gpt-4o-mini')).toBeNull()
    // Another model's share can move: the sole model's is rescaled to make room.
    expect(rangeBounds(doc, 'features/support-agent/steps/triage/mix/gpt-4o')).not.toBeNull()
  })

  it('names a grid cell by its override path: a mix share without /sharePct', () => {
    const doc = demo()
    expect(rangePathOfCell(doc, 'features/support-agent/steps/resolve/mix/gpt-4o/sharePct')).toBe(
      'features/support-agent/steps/resolve/mix/gpt-4o',
    )
    expect(rangePathOfCell(doc, 'scenarios/route-to-mini/overrides/0/value')).toBeNull()
  })
})

describe('a new range', () => {
  it('starts at the current value, 0.8× and 1.25× around it, PERT', () => {
    const doc = demo()
    const path = 'features/support-agent/steps/triage/inputTokens'
    expect(prefilledRange(doc, path)).toEqual({
      path,
      low: 1440,
      likely: 1800,
      high: 2250,
      shape: 'pert',
    })
  })

  it('stays inside the field: halfway to a bound it would pass', () => {
    const doc = demo()
    doc.features[0]!.responseCacheHitPct = 90
    const range = prefilledRange(doc, 'features/support-agent/responseCacheHitPct')
    expect([range.low, range.likely, range.high]).toEqual([72, 90, 95])
  })

  it('keeps low below high for a negative value', () => {
    const doc = demo()
    doc.cohorts[1]!.monthlyGrowthPct = -4
    const range = prefilledRange(doc, 'cohorts/smb/monthlyGrowthPct')
    expect([range.low, range.likely, range.high]).toEqual([-5, -4, -3.2])
  })

  it('reads a default, a share and the first of many selected values', () => {
    const doc = demo()
    expect(currentValueAt(doc, 'features/support-agent/retryRatePct')).toBe(
      doc.features[0]!.retryRatePct ?? 0,
    )
    expect(currentValueAt(doc, 'features/support-agent/steps/resolve/mix/gpt-4o')).toBe(30)
    expect(currentValueAt(doc, 'features/support-agent/steps/resolve/mix/o3')).toBe(0)
    const firstOpenAi = doc.models.find((model) => model.provider === 'openai')!
    expect(currentValueAt(doc, 'models/provider:openai/prices/*/inputPerMTok')).toBe(
      firstOpenAi.prices[0]!.inputPerMTok,
    )
  })
})

describe('how range values read', () => {
  it('as percents, dollars or plain numbers by the field', () => {
    expect(rangeValueKind('features/a/retryRatePct')).toBe('percent')
    expect(rangeValueKind('features/a/steps/s/mix/gpt-4o')).toBe('percent')
    expect(rangeValueKind('models/*/prices/*/inputPerMTok')).toBe('money')
    expect(rangeValueKind('plans/team/overagePrice/chat')).toBe('money')
    expect(rangeValueKind('features/a/steps/s/inputTokens')).toBe('number')
  })
})
