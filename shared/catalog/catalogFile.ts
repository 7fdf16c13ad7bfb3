/**
 * The catalog as the app ships and keeps it (DESIGN.md §8): a price book with where it came from,
 * as of when, and under which licence. The shipped one is built from the genai-prices snapshot;
 * a refreshed one lives beside the user's settings.
 */
import { validateDocument } from '../model/validate'
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

/**
 * Why `value` cannot serve as the catalog, or null when it can: a catalog file whose every model
 * is one a workspace could hold (the workspace's own rules, model by model: ids repeat across
 * providers in a catalog, so the models are not checked as one document).
 */
export function catalogFileProblem(value: unknown): string | null {
  const catalog = value as Partial<CatalogFile> | null
  if (typeof catalog !== 'object' || catalog === null || catalog.format !== CATALOG_FORMAT) {
    return 'not a price catalog'
  }
  if (!Array.isArray(catalog.models)) return 'it lists no models'
  for (const [index, model] of catalog.models.entries()) {
    const result = validateDocument({ ...EMPTY_DOC, models: [model] })
    const sourceId = (model as Partial<CatalogModel> | null)?.sourceId
    if (!result.ok) return `models[${index}]: ${result.problems[0]!.message}`
    if (typeof sourceId !== 'string') return `models[${index}]: no source id`
  }
  return null
}

const EMPTY_DOC = {
  format: 'ai-margin-workspace',
  version: 1,
  name: 'catalog',
  currency: 'USD',
  startMonth: '2026-01',
  horizonMonths: 1,
  features: [],
  plans: [],
  cohorts: [],
  selfHost: [],
  scenarios: [],
} as const
