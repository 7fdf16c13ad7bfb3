/**
 * The catalog as the app ships and keeps it (DESIGN.md §8): a price book with where it came from,
 * as of when, and under which licence. The shipped one is built from the genai-prices snapshot;
 * a refreshed one lives beside the user's settings.
 */
import type { CatalogModel, SkipCounts } from './priceBook'

export interface CatalogFile {
  format: 'ai-margin-catalog'
  version: 1
  /** What the prices were last taken from: 'genai-prices', or the file a refresh read. */
  source: string
  /** 'YYYY-MM-DD': the prices are known up to this day. */
  asOf: string
  /** Who publishes the data and under which terms: "genai-prices (Pydantic Services Inc., MIT licence)". */
  attribution: string
  /** The data's licence text, shipped with it. */
  license: string
  providerNames: Record<string, string>
  skipped: SkipCounts
  models: CatalogModel[]
}

export const CATALOG_FORMAT = 'ai-margin-catalog'
