import { describe, expect, it } from 'vitest'
import type { Range, WorkspaceDoc } from '../../../../shared/model/types'
import {
  isOwnRow,
  originWords,
  rangeGroups,
  rangeRows,
  removeLabel,
} from '../../../../renderer/src/views/uncertainty/ranges/rangeRows'
import { exampleDocument } from '../../../fixtures/documents'

const tokens = 'features/support-agent/steps/triage/inputTokens'
const price = 'features/support-agent/pricePerUnit'
const growth = 'cohorts/smb/monthlyGrowthPct'

const range = (path: string, low: number, high: number, group?: string): Range => ({
  path,
  low,
  likely: low,
  high,
  shape: 'pert',
  ...(group && { group }),
})

/** Baseline: tokens and price. route-to-mini: its own price. price-increase (its child): growth. */
function layered(): WorkspaceDoc {
  const doc = structuredClone(exampleDocument('demo-workspace.json'))
  doc.ranges = [range(tokens, 1000, 3000, 'usage'), range(price, 0.9, 1.1)]
  doc.scenarios.find((s) => s.id === 'route-to-mini')!.ranges = [range(price, 0.8, 1.2)]
  doc.scenarios.find((s) => s.id === 'price-increase')!.ranges = [range(growth, 1, 5, 'usage')]
  return doc
}

describe('the rows of the Ranges grid', () => {
  it('are the baseline’s ranges with no scenario active', () => {
    const rows = rangeRows(layered(), null)
    expect(rows.map((row) => [row.range.path, row.origin.kind, row.storedAt])).toEqual([
      [tokens, 'baseline', 'ranges/0'],
      [price, 'baseline', 'ranges/1'],
    ])
    expect(rows.every((row) => isOwnRow(row, null))).toBe(true)
  })

  it('say, down a scenario chain, which layer each range comes from', () => {
    const doc = layered()
    const rows = rangeRows(doc, 'price-increase')
    expect(rows.map((row) => [row.range.path, originWords(row.origin), row.storedAt])).toEqual([
      [tokens, 'Baseline', 'ranges/0'],
      [
        price,
        'Inherited from Route more drafts and agent turns to GPT-4o mini',
        'scenarios/route-to-mini/ranges/0',
      ],
      [growth, 'This scenario', 'scenarios/price-increase/ranges/0'],
    ])
    expect(rows.map((row) => isOwnRow(row, 'price-increase'))).toEqual([false, false, true])
    expect(rows[2]!.inherited).toBeUndefined()
    expect(removeLabel(rows[2]!)).toBe('Delete range')
  })

  it('keep the range a scenario’s own one replaces, for a reset to it', () => {
    const row = rangeRows(layered(), 'route-to-mini').find((each) => each.range.path === price)!
    expect(row.origin).toEqual({ kind: 'own' })
    expect(row.range.low).toBe(0.8)
    expect(row.inherited?.low).toBe(0.9)
    expect(removeLabel(row)).toBe('Reset to inherited')
  })
})

it('suggests every group the workspace uses, once each', () => {
  expect(rangeGroups(layered())).toEqual(['usage'])
})
