/** Refresh cases a review found: each once broke "the same file twice changes nothing". */
import { describe, expect, it } from 'vitest'
import { readGenaiPrices, UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { PriceFileError } from '../../../shared/catalog/priceBook'
import { planRefresh } from '../../../shared/catalog/refresh'
import type { Model } from '../../../shared/model/types'
import { workspace } from '../engine/builders'
import { applyRefresh, catalogEntry, planCounts, point, priceBook } from './refreshHelpers'

describe('a refresh', () => {
  it('refuses a start date that is no day of the calendar, naming the model', () => {
    const json = [
      {
        id: 'acme',
        models: [
          {
            id: 'm-1',
            prices: [
              { prices: { input_mtok: 1, output_mtok: 2 } },
              {
                constraint: { start_date: '2026-02-30' },
                prices: { input_mtok: 1, output_mtok: 2 },
              },
            ],
          },
        ],
      },
    ]
    expect(() => readGenaiPrices(json)).toThrow(PriceFileError)
    expect(() => readGenaiPrices(json)).toThrow(/model "m-1" \(acme\).*start_date/)
  })

  it('links a hand-typed model whatever the case of its provider, once', () => {
    const model: Model = {
      id: 'claude-sonnet-5',
      name: 'Claude Sonnet 5',
      provider: 'Anthropic',
      kind: 'api',
      prices: [point('2025-01-01', 3, 15)],
    }
    const book = priceBook('genai-prices', [
      catalogEntry('anthropic', 'claude-sonnet-5', [point(UNDATED_FROM, 2, 10)]),
    ])
    const options = { addAll: true, asOf: '2026-08-01' }
    const first = applyRefresh(workspace({ models: [model] }), book, options)
    expect(first.doc.models).toHaveLength(1)
    expect(planCounts(planRefresh(first.doc.models, book, options))).toMatchObject({
      changed: 0,
      added: 0,
      unchanged: 1,
    })
  })

  it('keeps the prices before a file that knows only later ones, and is stable', () => {
    const model: Model = {
      id: 'm',
      name: 'm',
      provider: 'acme',
      kind: 'api',
      sourceId: 'm',
      prices: [
        point('2026-01-01', 1, 1, { batchDiscountPct: 50 }),
        point('2026-12-01', 2, 2, { batchDiscountPct: 10 }),
      ],
    }
    const book = priceBook('genai-prices', [catalogEntry('acme', 'm', [point('2027-01-01', 3, 3)])])
    const options = { addAll: false, asOf: '2026-08-01' }
    const first = applyRefresh(workspace({ models: [model] }), book, options)
    // The file says nothing before 2027: both points stay; its new price keeps the discount in
    // force just before it (10%, from 2026-12-01).
    expect(first.doc.models[0]!.prices).toEqual([
      point('2026-01-01', 1, 1, { batchDiscountPct: 50 }),
      point('2026-12-01', 2, 2, { batchDiscountPct: 10 }),
      point('2027-01-01', 3, 3, { batchDiscountPct: 10 }),
    ])
    expect(planRefresh(first.doc.models, book, options).changed).toEqual([])
  })
})
