/**
 * The genai-prices snapshot the app ships (resources/genai-prices), read once per test file, and
 * the facts about it the tests rely on (resources/genai-prices/SOURCE.md and snapshot.json).
 */
import { readFileSync } from 'node:fs'
import { readGenaiPrices } from '../../../shared/catalog/genaiPrices'
import type { CatalogModel, PriceBook } from '../../../shared/catalog/priceBook'
import { repoPath } from '../../fixtures/paths'

/** The snapshot's date (snapshot.json, 2026-08-21): prices are known up to this day. */
export const SNAPSHOT_AS_OF = (
  JSON.parse(readFileSync(repoPath('resources/genai-prices/snapshot.json'), 'utf8')) as {
    asOf: string
  }
).asOf

export const snapshotText = (): string =>
  readFileSync(repoPath('resources/genai-prices/data_slim.json'), 'utf8')

let cached: PriceBook | undefined

/** The converted snapshot; callers must not mutate it. */
export function snapshotBook(): PriceBook {
  cached ??= readGenaiPrices(JSON.parse(snapshotText()))
  return cached
}

export function catalogModel(book: PriceBook, provider: string, sourceId: string): CatalogModel {
  const found = book.models.find((m) => m.provider === provider && m.sourceId === sourceId)
  if (!found) throw new Error(`no model ${provider}:${sourceId} in the book`)
  return found
}
