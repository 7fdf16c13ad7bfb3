/**
 * A price book: the models of one price file (genai-prices v2, LiteLLM), converted to our Model
 * shape with their dated price points (DESIGN.md §8). Readers never guess: whatever they cannot
 * represent they leave out and count, and a malformed file is refused whole.
 */
import type { Model } from '../model/types'

/** A model as a price source knows it: its `sourceId` is the source's own id for it. */
export interface CatalogModel extends Model {
  sourceId: string
}

/** What a reader left out, each tally by reason, so a preview can say what was skipped and why. */
export interface SkipCounts {
  /** Whole models: 'no token prices', 'mode: embedding', … */
  models: Record<string, number>
  /** Dated entries of a kept model: 'time-of-day price', … */
  pricePoints: Record<string, number>
  /** Single prices of a kept model, by the source's field name: 'web_searches_kcount', … */
  priceFields: Record<string, number>
}

export interface PriceBook {
  source: 'genai-prices' | 'litellm'
  models: CatalogModel[]
  skipped: SkipCounts
  /** Display names of the providers where the file gives them ('aws' → 'AWS Bedrock'). */
  providerNames?: Record<string, string>
}

/** A file refused whole; the message names the model and the field ('model "x": input_mtok …'). */
export class PriceFileError extends Error {
  override name = 'PriceFileError'
}

/** Runs `work` on the price file `fileName`: a refusal names the file first ("prices.json: …"). */
export function inPriceFile<T>(fileName: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof PriceFileError) throw new PriceFileError(`${fileName}: ${error.message}`)
    throw error
  }
}

export const emptySkipCounts = (): SkipCounts => ({ models: {}, pricePoints: {}, priceFields: {} })

export function countSkip(tally: Record<string, number>, reason: string, count = 1): void {
  tally[reason] = (tally[reason] ?? 0) + count
}

export const totalSkipped = (tally: Record<string, number>): number =>
  Object.values(tally).reduce((sum, n) => sum + n, 0)
