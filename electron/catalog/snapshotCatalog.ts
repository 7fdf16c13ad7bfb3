/**
 * The shipped catalog, converted from the genai-prices snapshot kept in `resources/genai-prices/`
 * (data_slim.json, its MIT licence and the snapshot's date). The build writes the result to
 * `resources/catalog.json`; a checkout that has not been built converts it when first asked.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CATALOG_FORMAT, type CatalogFile } from '../../shared/catalog/catalogFile'
import { readGenaiPrices } from '../../shared/catalog/genaiPrices'

/** What resources/genai-prices/snapshot.json says of the data (it also names the commit). */
interface SnapshotFacts {
  publisher: string
  license: string
  asOf: string
}

const SNAPSHOT_DIR = 'genai-prices'
export const BUILT_CATALOG = 'catalog.json'

export function catalogFromSnapshot(resourcesDir: string): CatalogFile {
  const dir = join(resourcesDir, SNAPSHOT_DIR)
  const facts = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')) as SnapshotFacts
  const book = readGenaiPrices(JSON.parse(readFileSync(join(dir, 'data_slim.json'), 'utf8')))
  return {
    format: CATALOG_FORMAT,
    version: 1,
    source: 'genai-prices',
    asOf: facts.asOf,
    attribution: `genai-prices (${facts.publisher}, ${facts.license} licence)`,
    license: readFileSync(join(dir, 'LICENSE'), 'utf8'),
    providerNames: book.providerNames ?? {},
    skipped: book.skipped,
    models: book.models,
  }
}
