/**
 * Reads a genai-prices file (format v2, `data_slim.json`: providers → models → prices) into a
 * price book (DESIGN.md §8). Prices are per million tokens already. A model's `prices` is either
 * one set of prices or a list of conditional prices: an entry constrained by `start_date` is a
 * dated point; the unconstrained entry applies before every dated one; a time-of-day entry
 * (off-peak rates) has no place in a monthly plan and is skipped. A `{base, tiers}` price is the
 * base price plus, from the first tier's start, a long-context price for all tokens (the
 * source's "cliff" rule, which is ours too).
 */
import type { LongContextPrices, PricePoint } from '../model/types'
import { isCalendarDate } from '../model/validation/dates'
import { catalogModelId } from './catalogIds'
import {
  countSkip,
  emptySkipCounts,
  PriceFileError,
  type CatalogModel,
  type PriceBook,
  type SkipCounts,
} from './priceBook'
import { modelLabel, priceValue } from './priceValue'

/**
 * The `from` of a source's undated price: before any dated one. genai-prices applies its first,
 * unconstrained entry whenever no dated entry has started, which is what our earliest point does.
 */
export const UNDATED_FROM = '2000-01-01'

/** The token prices we model, by the source's field name. */
const TOKEN_FIELDS = {
  input_mtok: 'inputPerMTok',
  output_mtok: 'outputPerMTok',
  cache_read_mtok: 'cacheReadPerMTok',
  cache_write_mtok: 'cacheWritePerMTok',
  output_reasoning_mtok: 'reasoningPerMTok',
} as const

type TokenField = keyof typeof TOKEN_FIELDS

const isTokenField = (field: string): field is TokenField => field in TOKEN_FIELDS

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

interface Context {
  owner: string
  skipped: SkipCounts
}

export function readGenaiPrices(json: unknown): PriceBook {
  if (!Array.isArray(json)) {
    throw new PriceFileError('not a genai-prices file: expected a list of providers')
  }
  const skipped = emptySkipCounts()
  const models: CatalogModel[] = []
  const providerNames: Record<string, string> = {}
  json.forEach((provider, index) => {
    if (!isObject(provider) || typeof provider.id !== 'string' || !Array.isArray(provider.models)) {
      throw new PriceFileError(`provider ${index + 1}: expected an object with an id and models`)
    }
    providerNames[provider.id] = typeof provider.name === 'string' ? provider.name : provider.id
    for (const entry of provider.models) {
      const model = readModel(entry, provider.id, skipped)
      if (model) models.push(model)
    }
  })
  return { source: 'genai-prices', models, skipped, providerNames }
}

function readModel(entry: unknown, provider: string, skipped: SkipCounts): CatalogModel | null {
  if (!isObject(entry) || typeof entry.id !== 'string' || entry.id === '') {
    throw new PriceFileError(`provider "${provider}": a model without an id`)
  }
  const context: Context = { owner: modelLabel(entry.id, provider), skipped }
  const points = pointsOf(entry.prices, context)
  if (points.length === 0) {
    countSkip(skipped.models, 'no token prices')
    return null
  }
  return {
    id: catalogModelId(entry.id),
    name: entry.id,
    provider,
    kind: 'api',
    prices: points,
    sourceId: entry.id,
  }
}

function pointsOf(prices: unknown, context: Context): PricePoint[] {
  if (isObject(prices)) {
    const point = pricePoint(prices, UNDATED_FROM, context, 'prices')
    return point ? [point] : []
  }
  if (!Array.isArray(prices)) {
    throw new PriceFileError(`${context.owner}: prices must be an object or a list`)
  }
  const points: PricePoint[] = []
  prices.forEach((conditional, index) => {
    const where = `prices[${index}]`
    if (!isObject(conditional) || !isObject(conditional.prices)) {
      throw new PriceFileError(`${context.owner}: ${where}.prices must be an object`)
    }
    const from = startDateOf(conditional.constraint, context, where)
    if (from === null) return
    if (points.some((point) => point.from === from)) {
      throw new PriceFileError(`${context.owner}: ${where} starts on ${from}, as an earlier entry`)
    }
    const point = pricePoint(conditional.prices, from, context, `${where}.prices`)
    if (point) points.push(point)
    else countSkip(context.skipped.pricePoints, 'no token prices')
  })
  return points
}

/** The date a conditional price starts; null for one this plan cannot use (time of day). */
function startDateOf(constraint: unknown, context: Context, where: string): string | null {
  if (constraint === undefined || constraint === null) return UNDATED_FROM
  if (!isObject(constraint)) {
    throw new PriceFileError(`${context.owner}: ${where}.constraint must be an object`)
  }
  if ('start_date' in constraint) {
    const date = constraint.start_date
    if (typeof date !== 'string' || !isCalendarDate(date)) {
      throw new PriceFileError(
        `${context.owner}: ${where}.constraint.start_date must be a YYYY-MM-DD date`,
      )
    }
    return date
  }
  if ('start_time' in constraint || 'end_time' in constraint) {
    countSkip(context.skipped.pricePoints, 'time-of-day price')
    return null
  }
  throw new PriceFileError(`${context.owner}: ${where}.constraint is neither a date nor a time`)
}

/** One point from one set of prices; null when it has no text-token price at all. */
function pricePoint(
  prices: Json,
  from: string,
  context: Context,
  where: string,
): PricePoint | null {
  const point: Record<string, number> = {}
  const tiers: Partial<Record<TokenField, { start: number; price: number }>> = {}
  for (const [field, value] of Object.entries(prices)) {
    if (!isTokenField(field)) {
      countSkip(context.skipped.priceFields, field)
      continue
    }
    const path = `${where}.${field}`
    if (isObject(value)) {
      point[TOKEN_FIELDS[field]] = priceValue(value.base, context.owner, `${path}.base`)
      const tier = firstTier(value.tiers, context, path)
      if (tier) tiers[field] = tier
    } else {
      point[TOKEN_FIELDS[field]] = priceValue(value, context.owner, path)
    }
  }
  if (point.inputPerMTok === undefined && point.outputPerMTok === undefined) return null
  const longContext = longContextOf(tiers, point)
  return {
    ...point,
    from,
    inputPerMTok: point.inputPerMTok ?? 0,
    outputPerMTok: point.outputPerMTok ?? 0,
    ...(longContext && { longContext }),
  }
}

function firstTier(
  tiers: unknown,
  context: Context,
  path: string,
): { start: number; price: number } | null {
  if (!Array.isArray(tiers)) {
    throw new PriceFileError(`${context.owner}: ${path}.tiers must be a list`)
  }
  if (tiers.length === 0) return null
  const [tier] = tiers as unknown[]
  if (!isObject(tier))
    throw new PriceFileError(`${context.owner}: ${path}.tiers[0] must be an object`)
  const start = priceValue(tier.start, context.owner, `${path}.tiers[0].start`)
  return { start, price: priceValue(tier.price, context.owner, `${path}.tiers[0].price`) }
}

/**
 * Above the input tier's start every token type takes its tier price, or its base price when that
 * type has no tier. Without an input tier the model has no long-context price we can place.
 */
function longContextOf(
  tiers: Partial<Record<TokenField, { start: number; price: number }>>,
  point: Record<string, number>,
): LongContextPrices | null {
  const input = tiers.input_mtok
  if (!input) return null
  const above = (field: TokenField): number | undefined =>
    tiers[field]?.price ?? point[TOKEN_FIELDS[field]]
  const cacheRead = above('cache_read_mtok')
  const cacheWrite = above('cache_write_mtok')
  return {
    thresholdTokens: input.start,
    inputPerMTok: input.price,
    outputPerMTok: above('output_mtok') ?? 0,
    ...(cacheRead !== undefined && { cacheReadPerMTok: cacheRead }),
    ...(cacheWrite !== undefined && { cacheWritePerMTok: cacheWrite }),
  }
}
