import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { PriceFileError } from '../../../shared/catalog/priceBook'
import { readPriceFile } from '../../../shared/catalog/readPriceFile'
import { repoPath } from '../../fixtures/paths'

const FROM = '2026-07-01'
const fixture = (name: string): string =>
  readFileSync(repoPath(`test/fixtures/prices/${name}`), 'utf8')

function refusal(text: string): string {
  try {
    readPriceFile(text, { from: FROM })
  } catch (error) {
    expect(error).toBeInstanceOf(PriceFileError)
    return (error as Error).message
  }
  throw new Error('the file was not refused')
}

describe('readPriceFile', () => {
  it('reads a list of providers as a genai-prices file', () => {
    const book = readPriceFile(fixture('genai-prices-sample.json'), { from: FROM })
    expect(book.source).toBe('genai-prices')
    // genai-prices dates its own points: the option does not move them.
    expect(book.models[0]!.prices[0]!.from).toBe(UNDATED_FROM)
  })

  it('reads an object of models as a LiteLLM file, dated from the option', () => {
    const book = readPriceFile(fixture('litellm-sample.json'), { from: FROM })
    expect(book.source).toBe('litellm')
    expect(book.models.every((m) => m.prices.every((p) => p.from === FROM))).toBe(true)
  })

  it('refuses a truncated file as not valid JSON', () => {
    const text = fixture('genai-prices-sample.json')
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toContain('not valid JSON')
    expect(refusal('')).toContain('not valid JSON')
  })

  it('reads a file saved with a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify([
      {
        id: 'acme',
        name: 'Acme',
        models: [{ id: 'm', prices: { input_mtok: 1, output_mtok: 2 } }],
      },
    ])}`
    expect(readPriceFile(text, { from: FROM }).models.map((m) => m.id)).toEqual(['m'])
  })

  it('refuses JSON that is neither a list nor an object', () => {
    for (const text of ['null', '42', '"prices"']) {
      expect(() => readPriceFile(text, { from: FROM })).toThrow(PriceFileError)
    }
  })
})
