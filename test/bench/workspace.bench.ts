/**
 * The service's and analysis' speed budgets (`npm run bench`): opening a 500-feature workspace
 * file, validating it (which every edit does), and the sensitivity tornado on the engine bench
 * workspace. Exits 1 when a median misses its budget.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeWorkspace, openWorkspaceFile } from '../../electron/service/openWorkspace'
import { importJsonFile } from '../../electron/service/workspaceFiles'
import { sensitivity } from '../../shared/engine'
import { validateDocument } from '../../shared/model/validate'
import { largeWorkspace } from '../fixtures/largeWorkspace'
import { benchWorkspace } from './benchWorkspace'
import { budgetRow, printBudgetTable, sampleMs } from './measure'

const folder = mkdtempSync(join(tmpdir(), 'amp-bench-'))
try {
  const large = largeWorkspace({ features: 500, stepsPerFeature: 4, modelsPerMix: 5 })
  const file = join(folder, 'large.marginplan')
  await importJsonFile(large, file)
  const analysed = benchWorkspace()

  const openOnce = async () => closeWorkspace(await openWorkspaceFile(file))
  const rows = [
    budgetRow(
      'open a 500-feature workspace file',
      await sampleMs(openOnce, { runs: 15, warmup: 2 }),
      300,
    ),
    budgetRow(
      'validate a 500-feature document',
      await sampleMs(() => validateDocument(large), { runs: 30, warmup: 3 }),
      50,
    ),
    budgetRow(
      'sensitivity tornado, 200 features, ±10%',
      await sampleMs(() => sensitivity(analysed, { scenarioId: 's2' }), { runs: 15, warmup: 3 }),
      200,
    ),
  ]
  console.log('\nWorkspace and analysis bench (500 features × 4 steps × 5-model mixes)\n')
  printBudgetTable(rows)
  if (rows.some((row) => !row.pass)) process.exitCode = 1
} finally {
  rmSync(folder, { recursive: true, force: true })
}
