import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readGenaiPrices, UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { PriceFileError, type PriceBook } from '../../../shared/catalog/priceBook'
import { repoPath } from '../../fixtures/paths'
import { catalogModel } from './realSnapshot'

const sample: unknown = JSON.parse(
  readFileSync(repoPath('test/fixtures/prices/genai-prices-sample.json'), 'utf8'),
)

/** A one-provider, one-model file, for the cases the sample does not hold. */
const single = (prices: unknown, id = 'm-1'): unknown => [
  { id: 'acme', name: 'Acme AI', models: [{ id, prices }] },
]

/** The message readGenaiPrices refuses `json` with; fails the test when it does not refuse. */
function refusal(json: unknown): string {
  try {
    readGenaiPrices(json)
  } catch (error) {
    expect(error).toBeInstanceOf(PriceFileError)
    return (error as Error).message
  }
  throw new Error('the file was not refused')
}

describe('readGenaiPrices on the sample file', () => {
  const book: PriceBook = readGenaiPrices(sample)

  it('keeps every model with a token price, in file order', () => {
    expect(book.source).toBe('genai-prices')
    // image-only has no text-token price, so it is the one model left out.
    expect(book.models.map((m) => `${m.provider}:${m.sourceId}`)).toEqual([
      'acme:plain-1',
      'acme:dated-2',
      'acme:thinker',
      'acme:long-ctx',
      'acme:multimodal',
      'router:acme/plain-1',
      'router:off-peak',
    ])
    expect(book.skipped.models).toEqual({ 'no token prices': 1 })
  })

  it('names each provider as the file does', () => {
    expect(book.providerNames).toEqual({ acme: 'Acme AI', router: 'Router Hub' })
  })

  it('gives plain prices one point dated before every dated one, with cache prices', () => {
    expect(catalogModel(book, 'acme', 'plain-1')).toEqual({
      id: 'plain-1',
      name: 'plain-1',
      sourceId: 'plain-1',
      provider: 'acme',
      kind: 'api',
      prices: [
        {
          from: UNDATED_FROM,
          inputPerMTok: 1.5,
          outputPerMTok: 6,
          cacheReadPerMTok: 0.15,
          cacheWritePerMTok: 1.875,
        },
      ],
    })
  })

  it('turns a list into one point per entry, the unconstrained one undated', () => {
    expect(catalogModel(book, 'acme', 'dated-2').prices).toEqual([
      { from: UNDATED_FROM, inputPerMTok: 2, outputPerMTok: 10 },
      { from: '2026-09-01', inputPerMTok: 3, outputPerMTok: 15 },
    ])
  })

  it('reads output_reasoning_mtok as the reasoning price', () => {
    expect(catalogModel(book, 'acme', 'thinker').prices).toEqual([
      { from: UNDATED_FROM, inputPerMTok: 1, outputPerMTok: 4, reasoningPerMTok: 8 },
    ])
  })

  it('reads base prices plus a long-context price from the first input tier', () => {
    // Threshold and input from input's first tier (200k → $10, the 1M tier ignored); output
    // from its own tier ($37.5); cache read has no tier, so its base ($0.5) holds above too.
    expect(catalogModel(book, 'acme', 'long-ctx').prices).toEqual([
      {
        from: UNDATED_FROM,
        inputPerMTok: 5,
        outputPerMTok: 25,
        cacheReadPerMTok: 0.5,
        longContext: {
          thresholdTokens: 200_000,
          inputPerMTok: 10,
          outputPerMTok: 37.5,
          cacheReadPerMTok: 0.5,
        },
      },
    ])
  })

  it('keeps the token prices of a multimodal model and drops the rest', () => {
    expect(catalogModel(book, 'acme', 'multimodal').prices).toEqual([
      { from: UNDATED_FROM, inputPerMTok: 0.3, outputPerMTok: 2.5 },
    ])
  })

  it('counts every non-token price by its field name', () => {
    // output_image_mtok: multimodal and image-only; cache_write_1h_mtok: long-ctx (tiered).
    expect(book.skipped.priceFields).toEqual({
      cache_write_1h_mtok: 1,
      input_audio_mtok: 1,
      output_image_mtok: 2,
      web_searches_kcount: 1,
      requests_kcount: 1,
    })
  })

  it('makes a source id with a slash path-safe and keeps the original', () => {
    const model = catalogModel(book, 'router', 'acme/plain-1')
    expect(model.id).toBe('acme~plain-1')
    expect(model.name).toBe('acme/plain-1')
    expect(model.prices).toEqual([{ from: UNDATED_FROM, inputPerMTok: 1.6, outputPerMTok: 6.4 }])
  })

  it('skips a time-of-day price and counts it, keeping the unconstrained one', () => {
    expect(catalogModel(book, 'router', 'off-peak').prices).toEqual([
      { from: UNDATED_FROM, inputPerMTok: 0.27, outputPerMTok: 1.1 },
    ])
    expect(book.skipped.pricePoints).toEqual({ 'time-of-day price': 1 })
  })
})

describe('readGenaiPrices on tiered prices', () => {
  const pricesOf = (prices: unknown) => readGenaiPrices(single(prices)).models[0]!.prices

  it('takes cache write above the threshold from its own tier', () => {
    const [point] = pricesOf({
      input_mtok: { base: 3, tiers: [{ start: 128_000, price: 6 }] },
      output_mtok: 15,
      cache_write_mtok: { base: 3.75, tiers: [{ start: 128_000, price: 7.5 }] },
    })
    // Output is untiered: its base ($15) holds above the threshold.
    expect(point!.longContext).toEqual({
      thresholdTokens: 128_000,
      inputPerMTok: 6,
      outputPerMTok: 15,
      cacheWritePerMTok: 7.5,
    })
    expect(point!.cacheWritePerMTok).toBe(3.75)
  })

  it('places no long-context price when only output is tiered', () => {
    const [point] = pricesOf({
      input_mtok: 1,
      output_mtok: { base: 2, tiers: [{ start: 100_000, price: 4 }] },
    })
    expect(point).toEqual({ from: UNDATED_FROM, inputPerMTok: 1, outputPerMTok: 2 })
  })

  it('reads a tiered price with no tiers as its base price', () => {
    const [point] = pricesOf({ input_mtok: { base: 1.25, tiers: [] }, output_mtok: 5 })
    expect(point).toEqual({ from: UNDATED_FROM, inputPerMTok: 1.25, outputPerMTok: 5 })
  })

  it('keeps a dated point without tiers beside an undated one with them', () => {
    const prices = pricesOf([
      {
        prices: {
          input_mtok: { base: 5, tiers: [{ start: 200_000, price: 10 }] },
          output_mtok: 25,
        },
      },
      { constraint: { start_date: '2026-03-13' }, prices: { input_mtok: 5, output_mtok: 25 } },
    ])
    expect(prices.map((p) => [p.from, p.longContext?.thresholdTokens])).toEqual([
      [UNDATED_FROM, 200_000],
      ['2026-03-13', undefined],
    ])
  })
})

describe('readGenaiPrices on lists of prices', () => {
  const read = (prices: unknown) => readGenaiPrices(single(prices))

  it('dates every entry when none is unconstrained', () => {
    expect(
      read([
        { constraint: { start_date: '2025-01-01' }, prices: { input_mtok: 1, output_mtok: 2 } },
        { constraint: { start_date: '2026-01-01' }, prices: { input_mtok: 0.5, output_mtok: 1 } },
      ]).models[0]!.prices.map((p) => p.from),
    ).toEqual(['2025-01-01', '2026-01-01'])
  })

  it('skips a model whose only prices are time-of-day ones', () => {
    const book = read([
      { constraint: { start_time: '00:30:00Z', end_time: '08:30:00Z' }, prices: { input_mtok: 1 } },
    ])
    expect(book.models).toEqual([])
    expect(book.skipped.pricePoints).toEqual({ 'time-of-day price': 1 })
    expect(book.skipped.models).toEqual({ 'no token prices': 1 })
  })

  it('keeps a model priced for input only, at no output price', () => {
    expect(read({ input_mtok: 0.02 }).models[0]!.prices).toEqual([
      { from: UNDATED_FROM, inputPerMTok: 0.02, outputPerMTok: 0 },
    ])
  })
})

describe('readGenaiPrices refuses', () => {
  const owner = 'model "m-1" (acme)'

  it('a price given as text, naming the model and the field', () => {
    const message = refusal(single({ input_mtok: '1.5', output_mtok: 6 }))
    expect(message).toContain(owner)
    expect(message).toContain('input_mtok')
  })

  it('a negative price', () => {
    const message = refusal(single({ input_mtok: 1, output_mtok: -6 }))
    expect(message).toContain(owner)
    expect(message).toContain('output_mtok')
  })

  it('a price that is not finite', () => {
    for (const bad of [Number.POSITIVE_INFINITY, Number.NaN]) {
      const message = refusal(single({ input_mtok: bad, output_mtok: 1 }))
      expect(message).toContain(owner)
      expect(message).toContain('input_mtok')
    }
  })

  it('a tier price or base given as text', () => {
    const tierText = refusal(
      single({ input_mtok: { base: 1, tiers: [{ start: 1000, price: '2' }] }, output_mtok: 1 }),
    )
    expect(tierText).toContain(owner)
    expect(tierText).toContain('input_mtok.tiers[0].price')
    const baseText = refusal(single({ input_mtok: { base: '1', tiers: [] }, output_mtok: 1 }))
    expect(baseText).toContain('input_mtok.base')
  })

  it('a price in a dated entry, naming the entry', () => {
    const message = refusal(
      single([
        { prices: { input_mtok: 1, output_mtok: 2 } },
        { constraint: { start_date: '2026-01-01' }, prices: { input_mtok: -1, output_mtok: 2 } },
      ]),
    )
    expect(message).toContain(owner)
    expect(message).toContain('prices[1].prices.input_mtok')
  })

  it('a start date that is not YYYY-MM-DD', () => {
    for (const bad of ['2026-9-1', '01/09/2026', 20260901, '2026-09-01T00:00:00Z']) {
      const message = refusal(
        single([{ constraint: { start_date: bad }, prices: { input_mtok: 1, output_mtok: 2 } }]),
      )
      expect(message).toContain(owner)
      expect(message).toContain('start_date')
    }
  })

  it('a constraint that is neither a date nor a time of day', () => {
    const message = refusal(
      single([{ constraint: { region: 'eu' }, prices: { input_mtok: 1, output_mtok: 2 } }]),
    )
    expect(message).toContain(owner)
    expect(message).toContain('constraint')
  })

  it('two entries starting on the same day', () => {
    const message = refusal(
      single([
        { constraint: { start_date: '2026-01-01' }, prices: { input_mtok: 1, output_mtok: 2 } },
        { constraint: { start_date: '2026-01-01' }, prices: { input_mtok: 2, output_mtok: 4 } },
      ]),
    )
    expect(message).toContain(owner)
    expect(message).toContain('2026-01-01')
  })

  it('prices that are neither an object nor a list', () => {
    for (const bad of [3, 'free', null, undefined]) {
      const message = refusal(single(bad))
      expect(message).toContain(owner)
      expect(message).toContain('prices')
    }
  })

  it('a list entry without a prices object', () => {
    const message = refusal(single([{ constraint: { start_date: '2026-01-01' } }]))
    expect(message).toContain(owner)
    expect(message).toContain('prices[0].prices')
  })

  it('a top level that is not a list of providers', () => {
    for (const bad of [{ acme: [] }, 'data', null]) {
      expect(refusal(bad)).toContain('list of providers')
    }
  })

  it('a provider without a models list, and a model without an id', () => {
    expect(refusal([{ id: 'acme', name: 'Acme' }])).toContain('provider 1')
    expect(refusal([{ id: 'acme', models: [{ prices: { input_mtok: 1 } }] }])).toContain('acme')
  })
})

describe('readGenaiPrices on provider names', () => {
  it('names a provider by its id when the file gives no name', () => {
    const book = readGenaiPrices([
      { id: 'acme', models: [{ id: 'm', prices: { input_mtok: 1, output_mtok: 1 } }] },
    ])
    expect(book.providerNames).toEqual({ acme: 'acme' })
  })
})
