import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readLiteLlm } from '../../../shared/catalog/litellm'
import {
  PriceFileError,
  type CatalogModel,
  type PriceBook,
} from '../../../shared/catalog/priceBook'
import { repoPath } from '../../fixtures/paths'

const FROM = '2026-07-01'
const sample: unknown = JSON.parse(
  readFileSync(repoPath('test/fixtures/prices/litellm-sample.json'), 'utf8'),
)

const read = (json: unknown): PriceBook => readLiteLlm(json, { from: FROM })

function model(book: PriceBook, sourceId: string): CatalogModel {
  const found = book.models.find((m) => m.sourceId === sourceId)
  if (!found) throw new Error(`no model ${sourceId} in the book`)
  return found
}

/** A one-model file, for the cases the sample does not hold. */
const single = (fields: Record<string, unknown>): unknown => ({
  'test-model': { litellm_provider: 'openai', mode: 'chat', ...fields },
})

/** The message readLiteLlm refuses `json` with; fails the test when it does not refuse. */
function refusal(json: unknown): string {
  try {
    read(json)
  } catch (error) {
    expect(error).toBeInstanceOf(PriceFileError)
    return (error as Error).message
  }
  throw new Error('the file was not refused')
}

describe('readLiteLlm on the sample file', () => {
  const book = read(sample)

  it('keeps the text models in file order, and nothing else', () => {
    expect(book.source).toBe('litellm')
    expect(book.models.map((m) => m.sourceId)).toEqual([
      'gpt-4o',
      'o3-mini',
      'o3-pro',
      'gpt-3.5-turbo-instruct',
      'gpt-4o-mini-audio-preview',
      'azure/us/gpt-4.1-nano-2025-04-14',
      'claude-sonnet-4-20250514',
      'bedrock/us-east-1/meta.llama3-70b-instruct-v1:0',
      'fireworks-ai-up-to-4b',
    ])
  })

  it('converts per-token prices to per million, with cache and batch prices', () => {
    expect(model(book, 'gpt-4o')).toEqual({
      id: 'gpt-4o',
      sourceId: 'gpt-4o',
      name: 'gpt-4o',
      provider: 'openai',
      kind: 'api',
      prices: [
        {
          from: FROM,
          inputPerMTok: 2.5,
          outputPerMTok: 10,
          cacheReadPerMTok: 1.25,
          batchDiscountPct: 50,
        },
      ],
    })
  })

  it('reads the reasoning price and a batch discount of a reasoning model', () => {
    expect(model(book, 'o3-mini').prices).toEqual([
      {
        from: FROM,
        inputPerMTok: 1.1,
        outputPerMTok: 4.4,
        cacheReadPerMTok: 0.55,
        reasoningPerMTok: 4.4,
        batchDiscountPct: 50,
      },
    ])
  })

  it('takes completion and responses modes, and a missing mode, as text models', () => {
    expect(model(book, 'gpt-3.5-turbo-instruct').provider).toBe('text-completion-openai')
    expect(model(book, 'gpt-3.5-turbo-instruct').prices).toEqual([
      { from: FROM, inputPerMTok: 1.5, outputPerMTok: 2 },
    ])
    expect(model(book, 'o3-pro').prices).toEqual([
      { from: FROM, inputPerMTok: 20, outputPerMTok: 80, batchDiscountPct: 50 },
    ])
    expect(model(book, 'fireworks-ai-up-to-4b').prices).toEqual([
      { from: FROM, inputPerMTok: 0.2, outputPerMTok: 0.2 },
    ])
  })

  it('maps the 200k tier to long-context prices, cache prices included', () => {
    expect(model(book, 'claude-sonnet-4-20250514').prices).toEqual([
      {
        from: FROM,
        inputPerMTok: 3,
        outputPerMTok: 15,
        cacheReadPerMTok: 0.3,
        cacheWritePerMTok: 3.75,
        longContext: {
          thresholdTokens: 200_000,
          inputPerMTok: 6,
          outputPerMTok: 22.5,
          cacheReadPerMTok: 0.6,
          cacheWritePerMTok: 7.5,
        },
      },
    ])
  })

  it('makes ids path-safe: every / becomes ~, the name and sourceId keep the key', () => {
    const llama = model(book, 'bedrock/us-east-1/meta.llama3-70b-instruct-v1:0')
    expect(llama.id).toBe('bedrock~us-east-1~meta.llama3-70b-instruct-v1:0')
    expect(llama.name).toBe('bedrock/us-east-1/meta.llama3-70b-instruct-v1:0')
    expect(llama.provider).toBe('bedrock')
    expect(llama.prices).toEqual([{ from: FROM, inputPerMTok: 2.65, outputPerMTok: 3.5 }])
    expect(model(book, 'azure/us/gpt-4.1-nano-2025-04-14').id).toBe(
      'azure~us~gpt-4.1-nano-2025-04-14',
    )
  })

  it('derives an uneven batch discount: 0.06 of 0.11 is 5/11 off', () => {
    const [point] = model(book, 'azure/us/gpt-4.1-nano-2025-04-14').prices
    expect(point?.inputPerMTok).toBe(0.11)
    expect(point?.outputPerMTok).toBe(0.44)
    expect(point?.cacheReadPerMTok).toBe(0.025)
    expect(point?.batchDiscountPct).toBeCloseTo(500 / 11, 9)
  })

  it('counts skipped models by reason', () => {
    expect(book.skipped.models).toEqual({
      'mode: embedding': 1,
      'mode: image_generation': 1,
      'no token prices': 1,
    })
    expect(book.skipped.pricePoints).toEqual({})
  })

  it('counts the prices of kept models it cannot hold, by field name', () => {
    expect(book.skipped.priceFields).toEqual({
      input_cost_per_token_priority: 1,
      output_cost_per_token_priority: 1,
      cache_read_input_token_cost_priority: 1,
      input_cost_per_audio_token: 1,
      output_cost_per_audio_token: 1,
      // azure nano: output batches are 50% off, input batches 45.45%; one discount cannot say both
      output_cost_per_token_batches: 1,
      cache_creation_input_token_cost_above_1hr: 1,
      cache_creation_input_token_cost_above_1hr_above_200k_tokens: 1,
      search_context_cost_per_query: 1,
    })
  })

  it('ignores sample_spec and fallback_generalizations entirely', () => {
    const ids = book.models.map((m) => m.sourceId)
    expect(ids).not.toContain('sample_spec')
    expect(ids).not.toContain('fallback_generalizations')
    const reasons = Object.keys(book.skipped.models)
    expect(reasons.some((reason) => reason.startsWith('mode: one of'))).toBe(false)
    expect(book.skipped.priceFields).not.toHaveProperty('code_interpreter_cost_per_session')
  })
})

describe('readLiteLlm on single entries', () => {
  it('keeps only the lowest threshold and counts the higher tier', () => {
    const book = read(
      single({
        input_cost_per_token: 1.25e-6,
        output_cost_per_token: 5e-6,
        input_cost_per_token_above_128k_tokens: 2.5e-6,
        output_cost_per_token_above_128k_tokens: 1e-5,
        input_cost_per_token_above_200k_tokens: 4e-6,
        output_cost_per_token_above_200k_tokens: 2e-5,
      }),
    )
    expect(book.models[0]?.prices[0]?.longContext).toEqual({
      thresholdTokens: 128_000,
      inputPerMTok: 2.5,
      outputPerMTok: 10,
    })
    expect(book.skipped.priceFields).toEqual({
      input_cost_per_token_above_200k_tokens: 1,
      output_cost_per_token_above_200k_tokens: 1,
    })
  })

  it('leaves a tier price that is not given at the base price', () => {
    const book = read(
      single({
        input_cost_per_token: 2e-6,
        output_cost_per_token: 8e-6,
        input_cost_per_token_above_272k_tokens: 4e-6,
      }),
    )
    expect(book.models[0]?.prices[0]?.longContext).toEqual({
      thresholdTokens: 272_000,
      inputPerMTok: 4,
      outputPerMTok: 8,
    })
  })

  it('keeps the base cache prices above the threshold when the tier gives none', () => {
    const book = read(
      single({
        input_cost_per_token: 2.5e-6,
        output_cost_per_token: 1e-5,
        cache_read_input_token_cost: 3.125e-7,
        cache_creation_input_token_cost: 3.75e-6,
        input_cost_per_token_above_200k_tokens: 5e-6,
      }),
    )
    // Without them the engine would read cached tokens above 200k at the tier's $5 input price.
    expect(book.models[0]?.prices[0]?.longContext).toEqual({
      thresholdTokens: 200_000,
      inputPerMTok: 5,
      outputPerMTok: 10,
      cacheReadPerMTok: 0.3125,
      cacheWritePerMTok: 3.75,
    })
  })

  it('counts a batch price above the input price instead of a negative discount', () => {
    const book = read(
      single({
        input_cost_per_token: 1e-6,
        output_cost_per_token: 2e-6,
        input_cost_per_token_batches: 1.5e-6,
      }),
    )
    expect(book.models[0]?.prices[0]).not.toHaveProperty('batchDiscountPct')
    expect(book.skipped.priceFields).toEqual({ input_cost_per_token_batches: 1 })
  })

  it('counts a batch price when there is no input price to discount', () => {
    const book = read(single({ output_cost_per_token: 2e-6, input_cost_per_token_batches: 0 }))
    expect(book.models[0]?.prices[0]).toEqual({ from: FROM, inputPerMTok: 0, outputPerMTok: 2 })
    expect(book.skipped.priceFields).toEqual({ input_cost_per_token_batches: 1 })
  })

  it('reads an output-only model with input at 0', () => {
    const book = read(single({ output_cost_per_token: 7.5e-6 }))
    expect(book.models[0]?.prices).toEqual([{ from: FROM, inputPerMTok: 0, outputPerMTok: 7.5 }])
  })
})

describe('readLiteLlm refuses a malformed file whole', () => {
  it('refuses a price given as text, naming the model and the field', () => {
    const message = refusal(single({ input_cost_per_token: '3e-06', output_cost_per_token: 1e-5 }))
    expect(message).toContain('"test-model"')
    expect(message).toContain('input_cost_per_token')
    expect(message).toContain('the text "3e-06"')
  })

  it('refuses a negative price, naming the model and the field', () => {
    const message = refusal(single({ input_cost_per_token: 3e-6, output_cost_per_token: -1e-5 }))
    expect(message).toContain('"test-model"')
    expect(message).toContain('output_cost_per_token is negative')
  })

  it('refuses a bad long-context price, naming its tier field', () => {
    const message = refusal(
      single({
        input_cost_per_token: 3e-6,
        output_cost_per_token: 1.5e-5,
        cache_read_input_token_cost_above_200k_tokens: Number.POSITIVE_INFINITY,
      }),
    )
    expect(message).toContain('"test-model"')
    expect(message).toContain('cache_read_input_token_cost_above_200k_tokens is not a finite')
  })

  it('refuses an entry without a provider, even one it would skip', () => {
    const json = {
      'gpt-4o': { litellm_provider: 'openai', input_cost_per_token: 2.5e-6 },
      'text-embedding-3-large': { mode: 'embedding', input_cost_per_token: 1.3e-7 },
    }
    const message = refusal(json)
    expect(message).toContain('"text-embedding-3-large"')
    expect(message).toContain('litellm_provider')
  })

  it('refuses an entry that is not an object', () => {
    expect(refusal({ 'gpt-4o': [2.5e-6, 1e-5] })).toContain('"gpt-4o"')
  })

  it('refuses a top level that is not an object of models', () => {
    expect(refusal([{ litellm_provider: 'openai' }])).toMatch(/^not a LiteLLM price file: .*array/)
    expect(refusal(null)).toMatch(/^not a LiteLLM price file/)
  })
})

describe('per-token prices convert to per million', () => {
  it('lands within 1e-9 relative of p·1e6 and never below zero', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e-3, noNaN: true }), (p) => {
        const point = read(single({ input_cost_per_token: p, output_cost_per_token: p })).models[0]
          ?.prices[0]
        const exact = p * 1e6
        for (const got of [point?.inputPerMTok, point?.outputPerMTok]) {
          expect(got).toBeGreaterThanOrEqual(0)
          expect(Math.abs((got ?? Number.NaN) - exact)).toBeLessThanOrEqual(1e-9 * exact)
        }
      }),
    )
  })
})
