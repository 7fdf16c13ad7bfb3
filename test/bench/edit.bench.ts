/**
 * Issue #13's edit budget (`npm run bench`): one price edit on a 2,000-feature workspace, sent as
 * the page sends it (HTTP POST to the web host, JSON both ways, the service validating, diffing
 * and writing it in one synchronous-FULL transaction) round-trips in < 30 ms median, and its
 * answer is an acknowledgement under 1 KB, not the document. Exits 1 when either is missed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHost } from '../../electron/host/server'
import { WorkspaceService } from '../../electron/service'
import { importJsonFile } from '../../electron/service/workspaceFiles'
import { testExports } from '../fixtures/service'
import { DEMO_PATH, RESOURCES_DIR } from '../fixtures/paths'
import { largeWorkspace } from '../fixtures/largeWorkspace'
import { budgetRow, printBudgetTable, sampleMs } from './measure'

const RESPONSE_BUDGET_BYTES = 1024

const folder = mkdtempSync(join(tmpdir(), 'amp-edit-bench-'))
const rendererDir = join(folder, 'renderer')
mkdirSync(rendererDir)
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>bench</title>')
const large = largeWorkspace({ features: 2000, stepsPerFeature: 4, modelsPerMix: 5 })
const file = join(folder, 'large.marginplan')
await importJsonFile(large, file)
const service = new WorkspaceService({
  dataDir: join(folder, 'data'),
  demoPath: DEMO_PATH,
  resourcesDir: RESOURCES_DIR,
  initialFile: file,
  log: () => {},
  ...testExports,
})
const host = await startHost({ port: 0, service, rendererDir })
try {
  const post = async (channel: string, payload: unknown) => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    })
    return response.text()
  }
  const current = JSON.parse(await post('workspace/current', {})) as {
    value: { revision: number }
  }
  let revision = current.value.revision
  let largestAnswer = 0
  const feature = large.features[1000]!.id
  const edit = async () => {
    const text = await post('edits/apply', {
      revision,
      label: 'Edit price',
      edits: [
        { op: 'set', path: `features/${feature}/pricePerUnit`, value: 1 + (revision % 7) / 10 },
      ],
    })
    largestAnswer = Math.max(largestAnswer, Buffer.byteLength(text))
    const answer = JSON.parse(text) as { ok: boolean; value?: { revision: number } }
    if (!answer.ok || answer.value === undefined) throw new Error(`edit refused: ${text}`)
    revision = answer.value.revision
  }
  const rows = [
    budgetRow(
      'edit round trip, 2,000 features (HTTP)',
      await sampleMs(edit, { runs: 60, warmup: 5 }),
      30,
    ),
  ]
  console.log('\nEdit bench (2,000 features × 4 steps × 5-model mixes, web host)\n')
  printBudgetTable(rows)
  const small = largestAnswer < RESPONSE_BUDGET_BYTES
  console.log(
    `largest edit answer: ${largestAnswer} bytes (budget < ${RESPONSE_BUDGET_BYTES}) ${small ? 'PASS' : 'FAIL'}`,
  )
  if (rows.some((row) => !row.pass) || !small) process.exitCode = 1
} finally {
  await host.close()
  await service.close()
  rmSync(folder, { recursive: true, force: true })
}
