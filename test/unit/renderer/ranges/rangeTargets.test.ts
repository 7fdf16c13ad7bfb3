import { describe, expect, it } from 'vitest'
import { overrideReaches } from '../../../../shared/model/paths/overrideTargets'
import type { Range, WorkspaceDoc } from '../../../../shared/model/types'
import {
  removeRangeEdit,
  saveRangeEdit,
} from '../../../../renderer/src/views/uncertainty/ranges/rangeEdits'
import {
  cellRange,
  currentValueAt,
  currentValuesAt,
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

describe('the range a cell opens', () => {
  const everyPrice: Range = {
    path: 'features/*/pricePerUnit',
    low: 0.5,
    likely: 1,
    high: 1.5,
    shape: 'pert',
  }
  /** What the grids' marker lookup finds: the last range in force that reaches the cell. */
  const reachingIn = (doc: WorkspaceDoc, cellPath: string) =>
    (doc.ranges ?? []).filter((range) => overrideReaches(doc, range.path, cellPath)).at(-1)

  it('is a new one on the cell’s input when no range reaches it', () => {
    const doc = demo()
    const cell = 'features/support-agent/pricePerUnit'
    expect(cellRange(doc, cell, reachingIn(doc, cell))).toEqual({ path: cell })
    expect(cellRange(doc, 'features/support-agent/name', undefined)).toBeNull()
  })

  it('is the range on the cell’s own input when there is one', () => {
    const doc = demo()
    const share = 'features/support-agent/steps/resolve/mix/gpt-4o'
    doc.ranges = [{ path: share, low: 20, likely: 30, high: 40, shape: 'pert' }]
    const cell = `${share}/sharePct`
    expect(cellRange(doc, cell, reachingIn(doc, cell))).toEqual({ path: share })
  })

  it('is the selector’s range when one reaches the cell through it', () => {
    const doc = demo()
    doc.ranges = [everyPrice]
    const cell = 'features/support-agent/pricePerUnit'
    const opened = cellRange(doc, cell, reachingIn(doc, cell))
    expect(opened).toEqual({ path: 'features/*/pricePerUnit', via: cell })
    // Saving edits that range instead of adding a second; deleting drops it.
    const saved = saveRangeEdit(doc, null, { ...everyPrice, path: opened!.path, high: 2 })
    expect(saved).toEqual({ op: 'set', path: 'ranges', value: [{ ...everyPrice, high: 2 }] })
    expect(removeRangeEdit(doc, null, opened!.path)).toEqual({
      op: 'set',
      path: 'ranges',
      value: null,
    })
  })

  it('is the every-point range on a price cell of the Prices grid, named by its index', () => {
    const doc = demo()
    const cell = 'models/gpt-4o/prices/1/inputPerMTok'
    expect(cellRange(doc, cell, undefined)).toEqual({ path: cell })
    doc.ranges = [
      { path: 'models/gpt-4o/prices/*/inputPerMTok', low: 2, likely: 2.5, high: 3, shape: 'pert' },
    ]
    expect(cellRange(doc, cell, reachingIn(doc, cell))).toEqual({
      path: 'models/gpt-4o/prices/*/inputPerMTok',
      via: cell,
    })
  })

  it('reads every input a selector names', () => {
    const doc = demo()
    expect(currentValuesAt(doc, 'features/*/pricePerUnit')).toEqual(
      doc.features.map((feature) => feature.pricePerUnit ?? 0),
    )
    expect(currentValuesAt(doc, 'models/gpt-4o/prices/*/inputPerMTok')).toEqual([5, 2.5])
    expect(currentValuesAt(doc, 'features/nope/pricePerUnit')).toEqual([])
  })
})
