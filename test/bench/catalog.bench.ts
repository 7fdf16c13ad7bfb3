/**
 * The price catalog's budgets (`npm run bench`, issue #9): importing the whole 1,309-model
 * genai-prices snapshot into a workspace file (`import-prices --all`: read, preview with its
 * margin effect, one transaction), the picker's type-ahead over the whole catalog, and what the
 * catalog adds to the renderer's first load (nothing: the picker fetches it when first opened).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CatalogStore } from '../../electron/catalog/catalogStore'
import { commitEdits } from '../../electron/service/commitEdits'
import { closeWorkspace, openWorkspaceFile } from '../../electron/service/openWorkspace'
import { importJsonFile } from '../../electron/service/workspaceFiles'
import { previewRefresh } from '../../shared/catalog/preview'
import { readPriceFile } from '../../shared/catalog/readPriceFile'
import { catalogEntries, searchCatalog } from '../../shared/catalog/search'
import { exampleDocument } from '../fixtures/documents'
import { repoPath, RESOURCES_DIR } from '../fixtures/paths'
import { budgetRow, printBudgetTable, quantile, verdict } from './measure'

const snapshot = readFileSync(join(RESOURCES_DIR, 'genai-prices', 'data_slim.json'), 'utf8')
const folder = mkdtempSync(join(tmpdir(), 'amp-catalog-bench-'))

/** One `import-prices --all` into a fresh copy of an example workspace; only the import timed. */
async function timedImport(run: number): Promise<number> {
  const file = join(folder, `w${run}.marginplan`)
  await importJsonFile(exampleDocument('support-agent.json'), file)
  const start = performance.now()
  const workspace = await openWorkspaceFile(file)
  const book = readPriceFile(snapshot, { from: '2026-12-01' })
  const preview = previewRefresh(workspace.doc, book, { addAll: true, asOf: '2026-12-01' })
  commitEdits(workspace, preview.edits, 'bench', workspace.revision)
  closeWorkspace(workspace)
  const elapsed = performance.now() - start
  if (workspace.doc.models.length < 1_309) throw new Error('the import lost models')
  return elapsed
}

/** Every prefix of what people type, as the picker sees it keystroke by keystroke. */
const typed = ['sonnet 5', 'gpt-4o mini', 'llama 3.3 70b', 'gemini flash', 'mistral large'].flatMap(
  (query) => Array.from(query, (_, i) => query.slice(0, i + 1)),
)

try {
  const imports: number[] = []
  for (let run = 0; run < 7; run++) imports.push(await timedImport(run))
  imports.sort((a, b) => a - b)

  const { catalog } = new CatalogStore({ resourcesDir: RESOURCES_DIR }).current()
  const entries = catalogEntries(catalog.models, catalog.providerNames)
  for (const query of typed) searchCatalog(entries, query) // warm-up
  const keystrokes = typed.map((query) => {
    const start = performance.now()
    searchCatalog(entries, query)
    return performance.now() - start
  })
  keystrokes.sort((a, b) => a - b)

  const rows = [
    budgetRow('import-prices --all, 1,309-model snapshot', imports.slice(1), 2_000),
    budgetRow(`type-ahead, ${catalog.models.length} models (${typed.length} keys)`, keystrokes, 50),
  ]
  console.log('\nPrice catalog bench\n')
  printBudgetTable(rows)
  const p95 = quantile(keystrokes, 0.95)
  console.log(`type-ahead p95 ${p95.toFixed(2)} ms  < 50 ms  ${verdict(p95 < 50)}`)
  const firstLoad = rendererFirstLoad()
  console.log(firstLoad.line)
  if (rows.some((row) => !row.pass) || p95 >= 50 || !firstLoad.pass) process.exitCode = 1
} finally {
  rmSync(folder, { recursive: true, force: true })
}

/** The bytes index.html loads up front, and whether any catalog data is among them. */
function rendererFirstLoad(): { line: string; pass: boolean } {
  const dir = repoPath('dist/renderer')
  if (!existsSync(join(dir, 'index.html'))) {
    return { line: 'renderer first load: not built (run npm run build first)', pass: true }
  }
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!)
  const bytes = assets.reduce((sum, asset) => sum + statSync(join(dir, asset)).size, 0)
  const catalogInBundle = readdirSync(join(dir, 'assets')).some((asset) =>
    readFileSync(join(dir, 'assets', asset), 'utf8').includes('claude-sonnet-5'),
  )
  const catalogBytes = statSync(join(RESOURCES_DIR, 'catalog.json')).size
  return {
    pass: !catalogInBundle,
    line:
      `renderer first load ${(bytes / 1024).toFixed(0)} KB in ${assets.length} files; catalog in ` +
      `the bundle: ${catalogInBundle ? 'YES' : 'no'} (adds 0 B, budget < 2 MB; fetched on first ` +
      `pick: ${(catalogBytes / 1024).toFixed(0)} KB)  ${verdict(!catalogInBundle)}`,
  }
}
