/** The Models screen's price history: rows by date, the point in force, effective-date rules. */
import { describe, expect, it } from 'vitest'
import type { Model } from '../../../shared/model/types'
import {
  dateFormatProblem,
  movedDatesProblem,
  priceChangeDraft,
  priceDateProblem,
  priceHistoryRows,
} from '../../../renderer/src/views/models/priceHistory'

const model: Model = {
  id: 'gpt',
  name: 'GPT',
  provider: 'openai',
  kind: 'api',
  prices: [
    { from: '2027-03-01', inputPerMTok: 2, outputPerMTok: 8 },
    { from: '2024-05-13', inputPerMTok: 5, outputPerMTok: 15 },
    {
      from: '2024-10-02',
      inputPerMTok: 2.5,
      outputPerMTok: 10,
      cacheReadPerMTok: 1.25,
      batchDiscountPct: 50,
    },
  ],
}

const summary = (date: string) =>
  priceHistoryRows(model, date).map((row) => `${row.price.from} #${row.index} ${row.status}`)

describe('priceHistoryRows', () => {
  it('lists the points by date and marks the one in force on the date', () => {
    expect(summary('2026-12-01')).toEqual([
      '2024-05-13 #1 superseded',
      '2024-10-02 #2 in-force',
      '2027-03-01 #0 scheduled',
    ])
  })

  it('a point applies from its own day on', () => {
    expect(summary('2027-03-01')[2]).toBe('2027-03-01 #0 in-force')
    expect(summary('2027-02-28')[2]).toBe('2027-03-01 #0 scheduled')
  })

  it('before every point, the earliest is in force (DESIGN.md §3)', () => {
    expect(summary('2020-01-01')).toEqual([
      '2024-05-13 #1 in-force',
      '2024-10-02 #2 scheduled',
      '2027-03-01 #0 scheduled',
    ])
  })
})

describe('effective dates', () => {
  it('must be real days written YYYY-MM-DD', () => {
    expect(dateFormatProblem('2027-01-01')).toBeNull()
    expect(dateFormatProblem('2027-02-30')).toMatch(/YYYY-MM-DD.*'2027-02-30'/)
    expect(dateFormatProblem('1/1/2027')).toMatch(/YYYY-MM-DD/)
    expect(dateFormatProblem('')).toMatch(/got nothing/)
  })

  it('may not repeat another point’s date, but a point keeps its own', () => {
    expect(priceDateProblem(model, '2024-10-02')).toBe(
      'GPT already has a price point from 2024-10-02; change that row instead',
    )
    expect(priceDateProblem(model, '2024-10-02', 2)).toBeNull()
    expect(priceDateProblem(model, '2027-01-01')).toBeNull()
  })

  it('moving dates checks the moved points against each other and the rest', () => {
    expect(movedDatesProblem(model, new Map([[0, '2024-05-13']]))).toMatch(/from 2024-05-13/)
    // Two points swap dates: still one point per date.
    const swap = new Map([
      [1, '2024-10-02'],
      [2, '2024-05-13'],
    ])
    expect(movedDatesProblem(model, swap)).toBeNull()
    const both = new Map([
      [0, '2025-01-01'],
      [1, '2025-01-01'],
    ])
    expect(movedDatesProblem(model, both)).toMatch(/from 2025-01-01/)
  })
})

describe('priceChangeDraft', () => {
  it('copies the point in force on the new date, re-dated', () => {
    const draft = priceChangeDraft(model, '2026-06-01')
    expect(draft.copiedFrom).toBe('2024-10-02')
    expect(draft.point).toEqual({
      from: '2026-06-01',
      inputPerMTok: 2.5,
      outputPerMTok: 10,
      cacheReadPerMTok: 1.25,
      batchDiscountPct: 50,
    })
    // A copy: editing the draft leaves the document alone.
    draft.point.inputPerMTok = 1
    expect(model.prices[2]!.inputPerMTok).toBe(2.5)
  })

  it('copies a given point instead, and starts from zero without any', () => {
    expect(priceChangeDraft(model, '2026-06-01', model.prices[1]).point.inputPerMTok).toBe(5)
    const empty: Model = { ...model, prices: [] }
    expect(priceChangeDraft(empty, '2026-06-01')).toEqual({
      point: { from: '2026-06-01', inputPerMTok: 0, outputPerMTok: 0 },
      copiedFrom: null,
    })
  })
})
