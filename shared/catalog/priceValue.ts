/** The checks every price reader applies to one price, so all files are refused in one voice. */
import { PriceFileError } from './priceBook'

/** Where a price sits in the file, for the refusal: 'model "claude-sonnet-5" (anthropic)'. */
export type PriceOwner = string

export function modelLabel(sourceId: string, provider: string): PriceOwner {
  return `model "${sourceId}" (${provider})`
}

/** A finite, non-negative number, else a PriceFileError naming the model and the field. */
export function priceValue(value: unknown, owner: PriceOwner, field: string): number {
  if (typeof value !== 'number') {
    const shown = typeof value === 'string' ? `the text "${value}"` : JSON.stringify(value)
    throw new PriceFileError(`${owner}: ${field} must be a number, got ${shown}`)
  }
  if (!Number.isFinite(value)) throw new PriceFileError(`${owner}: ${field} is not a finite number`)
  if (value < 0) throw new PriceFileError(`${owner}: ${field} is negative (${value})`)
  return value
}

/**
 * A price per token as a price per million tokens. Rounded to 12 significant digits so that
 * 3e-6 per token reads back as $3, not $2.9999999999999996.
 */
export const perMillion = (perToken: number): number => Number((perToken * 1e6).toPrecision(12))
