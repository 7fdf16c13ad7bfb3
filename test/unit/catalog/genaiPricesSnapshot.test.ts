import { describe, expect, it } from 'vitest'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { readPriceFile } from '../../../shared/catalog/readPriceFile'
import { catalogModel, snapshotBook, snapshotText } from './realSnapshot'

/** The checks on the shipped snapshot (SOURCE.md: 36 providers, 1,309 models). */
describe('the genai-prices snapshot as a price book', () => {
  const book = snapshotBook()

  it('converts every one of its 1,309 models', () => {
    expect(book.models.length).toBeGreaterThanOrEqual(1_000)
    expect(book.models).toHaveLength(1_309)
    expect(book.skipped.models).toEqual({})
  })

  it('names all 36 providers, each of which has models', () => {
    expect(Object.keys(book.providerNames ?? {})).toHaveLength(36)
    expect(new Set(book.models.map((m) => m.provider)).size).toBe(36)
    expect(book.providerNames?.anthropic).toBe('Anthropic')
  })

  it('reads the same book through readPriceFile', () => {
    const read = readPriceFile(snapshotText(), { from: '2026-01-01' })
    expect(read.source).toBe('genai-prices')
    expect(read.models).toHaveLength(1_309)
  })

  it('gives claude-sonnet-5 its two points: $2/$10, then $3/$15 from 2026-09-01', () => {
    const prices = catalogModel(book, 'anthropic', 'claude-sonnet-5').prices
    expect(prices).toHaveLength(2)
    expect(prices[0]).toMatchObject({ from: UNDATED_FROM, inputPerMTok: 2, outputPerMTok: 10 })
    expect(prices[1]).toMatchObject({ from: '2026-09-01', inputPerMTok: 3, outputPerMTok: 15 })
    // Cache prices of both points: read 0.1× and write 1.25× the input price.
    expect(prices.map((p) => [p.cacheReadPerMTok, p.cacheWritePerMTok])).toEqual([
      [0.2, 2.5],
      [0.3, 3.75],
    ])
  })

  it('gives claude-opus-4-6 a long-context price over 200,000 tokens at $10 input', () => {
    const [first] = catalogModel(book, 'anthropic', 'claude-opus-4-6').prices
    expect(first!.inputPerMTok).toBe(5)
    expect(first!.longContext).toEqual({
      thresholdTokens: 200_000,
      inputPerMTok: 10,
      outputPerMTok: 37.5,
      cacheReadPerMTok: 1,
      cacheWritePerMTok: 12.5,
    })
  })

  it('keeps ids path-safe: no model id holds a slash', () => {
    expect(book.models.filter((m) => m.id.includes('/'))).toEqual([])
    const routed = catalogModel(book, 'openrouter', 'anthropic/claude-sonnet-5')
    expect(routed.id).toBe('anthropic~claude-sonnet-5')
  })

  it('counts the deepseek off-peak prices as skipped time-of-day points', () => {
    // deepseek-chat and deepseek-reasoner each have one start_time/end_time entry.
    expect(book.skipped.pricePoints).toEqual({ 'time-of-day price': 2 })
  })

  it('counts the one-hour cache write and web search prices as skipped fields', () => {
    expect(book.skipped.priceFields.cache_write_1h_mtok).toBeGreaterThan(0)
    expect(book.skipped.priceFields.web_searches_kcount).toBeGreaterThan(0)
    expect(book.skipped.priceFields.input_mtok).toBeUndefined()
  })
})
