/**
 * Build step (electron/build.mjs): converts the genai-prices snapshot into the catalog the app
 * ships, `resources/catalog.json`, so no copy of the app converts it at run time.
 */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { BUILT_CATALOG, catalogFromSnapshot } from './snapshotCatalog'

const resourcesDir = resolve(process.argv[2] ?? 'resources')
const catalog = catalogFromSnapshot(resourcesDir)
writeFileSync(join(resourcesDir, BUILT_CATALOG), JSON.stringify(catalog))
const providers = new Set(catalog.models.map((model) => model.provider)).size
process.stderr.write(
  `catalog: ${catalog.models.length} models of ${providers} providers as of ${catalog.asOf}\n`,
)
