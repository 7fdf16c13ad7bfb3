/**
 * Reads LiteLLM's `model_prices_and_context_window.json` into a price book. Every top-level key is
 * one model priced per token; we keep the text models and the prices our PricePoint can hold, and
 * count the rest (DESIGN.md §8). LiteLLM files carry no dates, so the caller says from when.
 */
import type { LongContextPrices, PricePoint } from '../model/types'
import { catalogModelId } from './catalogIds'
import {
  PriceFileError,
  countSkip,
  emptySkipCounts,
  type CatalogModel,
  type PriceBook,
  type SkipCounts,
} from './priceBook'
import { modelLabel, perMillion, priceValue, type PriceOwner } from './priceValue'

export interface LiteLlmOptions {
  /** 'YYYY-MM-DD': the date the prices apply from. */
  from: string
}

/** Top-level keys that document the file rather than price a model. */
const NOT_MODELS = new Set(['sample_spec', 'fallback_generalizations'])

/** Modes whose token prices mean text in, text out; LiteLLM treats a missing mode as chat. */
const TEXT_MODES = new Set(['chat', 'completion', 'responses'])

const INPUT = 'input_cost_per_token'
const OUTPUT = 'output_cost_per_token'
const CACHE_READ = 'cache_read_input_token_cost'
const CACHE_WRITE = 'cache_creation_input_token_cost'
const REASONING = 'output_cost_per_reasoning_token'
const INPUT_BATCHES = 'input_cost_per_token_batches'
const OUTPUT_BATCHES = 'output_cost_per_token_batches'

/** The prices a long-context tier can raise, and where each lands in LongContextPrices. */
const TIER_BASES: Record<string, keyof Omit<LongContextPrices, 'thresholdTokens'>> = {
  [INPUT]: 'inputPerMTok',
  [OUTPUT]: 'outputPerMTok',
  [CACHE_READ]: 'cacheReadPerMTok',
  [CACHE_WRITE]: 'cacheWritePerMTok',
}

/** 'input_cost_per_token_above_200k_tokens' → base 'input_cost_per_token', 200k. */
const TIER_FIELD = /^(.+)_above_(\d+)([km])_tokens$/

/** Output batches within this of the input discount say the same discount, give or take floats. */
const SAME_DISCOUNT = 1e-6

type Entry = Record<string, unknown>

export function readLiteLlm(json: unknown, options: LiteLlmOptions): PriceBook {
  if (!isEntry(json)) {
    throw new PriceFileError(`not a LiteLLM price file: the top level is ${describe(json)}`)
  }
  const skipped = emptySkipCounts()
  const models: CatalogModel[] = []
  for (const [key, entry] of Object.entries(json)) {
    if (NOT_MODELS.has(key)) continue
    const model = readModel(key, entry, options.from, skipped)
    if (model) models.push(model)
  }
  return { source: 'litellm', models, skipped }
}

/** One entry as a model, or undefined when it is skipped (and counted) whole. */
function readModel(
  key: string,
  entry: unknown,
  from: string,
  skipped: SkipCounts,
): CatalogModel | undefined {
  if (!isEntry(entry)) {
    throw new PriceFileError(`model "${key}": must be an object, got ${describe(entry)}`)
  }
  const provider = entry.litellm_provider
  if (typeof provider !== 'string' || provider.trim() === '') {
    throw new PriceFileError(
      `model "${key}": litellm_provider must be text, got ${describe(provider)}`,
    )
  }
  const owner = modelLabel(key, provider)
  const mode = readMode(entry, owner)
  if (!TEXT_MODES.has(mode)) return skipModel(skipped, `mode: ${mode}`)
  if (entry[INPUT] === undefined && entry[OUTPUT] === undefined) {
    return skipModel(skipped, 'no token prices')
  }
  const prices = new Prices(entry, owner)
  const point = readPoint(prices, from)
  countUnusedCosts(entry, prices, skipped)
  return {
    id: catalogModelId(key),
    sourceId: key,
    name: key,
    provider,
    kind: 'api',
    prices: [point],
  }
}

function readMode(entry: Entry, owner: PriceOwner): string {
  const mode = entry.mode
  if (mode === undefined) return 'chat'
  if (typeof mode !== 'string') {
    throw new PriceFileError(`${owner}: mode must be text, got ${describe(mode)}`)
  }
  return mode
}

function skipModel(skipped: SkipCounts, reason: string): undefined {
  countSkip(skipped.models, reason)
  return undefined
}

/**
 * The cost fields of one entry, each checked when read and remembered as represented, so that
 * whatever is left over can be counted as skipped.
 */
class Prices {
  readonly used = new Set<string>()

  constructor(
    private readonly entry: Entry,
    private readonly owner: PriceOwner,
  ) {}

  /**
   * The price per token in `field`, undefined when absent. Refused unless it is also a finite
   * price per million tokens (1e303 a token passes as a number, not as a price).
   */
  read(field: string): number | undefined {
    const value = this.entry[field]
    if (value === undefined) return undefined
    this.used.add(field)
    const perToken = priceValue(value, this.owner, field)
    if (!Number.isFinite(perMillion(perToken))) {
      throw new PriceFileError(`${this.owner}: ${field} is too large (${perToken} per token)`)
    }
    return perToken
  }

  /** A price that was read but turned out not to fit: it is counted as skipped after all. */
  drop(field: string): void {
    this.used.delete(field)
  }

  fields(): string[] {
    return Object.keys(this.entry)
  }
}

function readPoint(prices: Prices, from: string): PricePoint {
  const input = prices.read(INPUT) ?? 0
  const output = prices.read(OUTPUT) ?? 0
  const point: PricePoint = {
    from,
    inputPerMTok: perMillion(input),
    outputPerMTok: perMillion(output),
  }
  const cacheRead = prices.read(CACHE_READ)
  if (cacheRead !== undefined) point.cacheReadPerMTok = perMillion(cacheRead)
  const cacheWrite = prices.read(CACHE_WRITE)
  if (cacheWrite !== undefined) point.cacheWritePerMTok = perMillion(cacheWrite)
  const reasoning = prices.read(REASONING)
  if (reasoning !== undefined) point.reasoningPerMTok = perMillion(reasoning)
  const discount = readBatchDiscount(prices, input, output)
  if (discount !== undefined) point.batchDiscountPct = discount
  const longContext = readLongContext(prices, point)
  if (longContext) point.longContext = longContext
  return point
}

/**
 * LiteLLM prices batches per token; we hold one discount off the input price. A batch price that
 * is no discount (above the input price, or nothing to discount) cannot be said that way.
 */
function readBatchDiscount(prices: Prices, input: number, output: number): number | undefined {
  const batches = prices.read(INPUT_BATCHES)
  if (batches === undefined) return undefined
  if (input <= 0 || batches > input) {
    prices.drop(INPUT_BATCHES)
    return undefined
  }
  const discount = 1 - batches / input
  readOutputBatches(prices, output, discount)
  return Number((discount * 100).toPrecision(12))
}

/**
 * Our one discount also applies to output, so an output batch price is represented only when it
 * says the same discount; otherwise (LiteLLM has such entries) it is counted as left out.
 */
function readOutputBatches(prices: Prices, output: number, discount: number): void {
  const batches = prices.read(OUTPUT_BATCHES)
  if (batches === undefined) return
  const same =
    output > 0 ? Math.abs(1 - batches / output - discount) <= SAME_DISCOUNT : batches === 0
  if (!same) prices.drop(OUTPUT_BATCHES)
}

interface TierField {
  field: string
  base: string
  tokens: number
}

/** The tier fields of the prices we hold, e.g. cache_read_input_token_cost_above_200k_tokens. */
function tierFields(fields: string[]): TierField[] {
  const tiers: TierField[] = []
  for (const field of fields) {
    const match = TIER_FIELD.exec(field)
    if (!match) continue
    const [, base = '', count = '', unit] = match
    if (!Object.hasOwn(TIER_BASES, base)) continue
    tiers.push({ field, base, tokens: Number(count) * (unit === 'm' ? 1_000_000 : 1_000) })
  }
  return tiers
}

/**
 * The lowest threshold's prices, as our model holds one tier; higher tiers stay unread and so
 * are counted. A price the tier leaves out stays at the base price, as LiteLLM charges it.
 */
function readLongContext(prices: Prices, base: PricePoint): LongContextPrices | undefined {
  const tiers = tierFields(prices.fields())
  if (tiers.length === 0) return undefined
  const thresholdTokens = Math.min(...tiers.map((tier) => tier.tokens))
  // A price the tier leaves out stays at the base price; absent cache prices would otherwise
  // fall back to the tier's input price (§2 defaults), far dearer than LiteLLM charges.
  const tier: LongContextPrices = {
    thresholdTokens,
    inputPerMTok: base.inputPerMTok,
    outputPerMTok: base.outputPerMTok,
    ...(base.cacheReadPerMTok !== undefined && { cacheReadPerMTok: base.cacheReadPerMTok }),
    ...(base.cacheWritePerMTok !== undefined && { cacheWritePerMTok: base.cacheWritePerMTok }),
  }
  for (const { field, base: baseField, tokens } of tiers) {
    if (tokens !== thresholdTokens) continue
    const price = prices.read(field)
    const target = TIER_BASES[baseField]
    if (price !== undefined && target) tier[target] = perMillion(price)
  }
  return tier
}

/** Prices in fields we do not read (audio, images, per second, priority, …) are tallied by name. */
function countUnusedCosts(entry: Entry, prices: Prices, skipped: SkipCounts): void {
  for (const field of Object.keys(entry)) {
    if (isCostField(field) && !prices.used.has(field)) countSkip(skipped.priceFields, field)
  }
}

/** LiteLLM names its prices '…cost…' and, for tiered tables, 'tiered_pricing'. */
const isCostField = (field: string): boolean => field.includes('cost') || field.includes('pricing')

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the text "${value}"`
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`
}
