/**
 * One of two processes editing the same workspace file (twoWriters.test.ts). It opens the file
 * taking it over and says it is ready; told to go (stdin), it tries `count` edit batches on the
 * revision it last saw, reloads after each conflict, and reports every attempt. Told to reload,
 * it prints what it sees.
 *
 * Usage: node --import tsx writer.ts <file> <dataDir> <name> <count> <seed>
 */
import { createInterface } from 'node:readline'
import type { Edit } from '../../../shared/model/editTypes'
import { WorkspaceService } from '../../../electron/service'
import { inProcessRunner } from '../../../electron/service/exports/exportRunner'
import { fakePdf } from '../../fixtures/service'
import { DEMO_PATH, RESOURCES_DIR } from '../../fixtures/paths'
import { mulberry32 } from '../../fixtures/random'

const [file, dataDir, name, countText, seedText] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
]

/** Multi-row batches: a price and a mix of two shares that must sum to 100, or a rename. */
function batch(next: () => number, attempt: number): Edit[] {
  const feature = next() < 0.5 ? 'simple' : 'complex'
  // 1…99: a scenario overrides one share and rescales the other, which must not be zero.
  const share = 1 + Math.floor(next() * 99)
  const price = Math.round((1 + next() * 9) * 100) / 100
  if (next() < 0.2) {
    return [{ op: 'set', path: 'workspace/name', value: `${name} ${attempt}` }]
  }
  return [
    { op: 'set', path: `features/${feature}/pricePerUnit`, value: price },
    {
      op: 'set',
      path: `features/${feature}/steps/loop/mix`,
      value: [
        { modelId: 'gpt-4o', sharePct: share },
        { modelId: 'gpt-4o-mini', sharePct: 100 - share },
      ],
    },
  ]
}

function print(message: unknown): void {
  process.stdout.write(`${JSON.stringify(message)}\n`)
}

async function main(): Promise<void> {
  const service = new WorkspaceService({
    dataDir,
    demoPath: DEMO_PATH,
    resourcesDir: RESOURCES_DIR,
    renderPdf: fakePdf,
    runExport: inProcessRunner,
    app: 'web',
  })
  const opened = await service.dispatch('workspace/open', { path: file, access: 'take-over' })
  if (!opened.ok) throw new Error(JSON.stringify(opened.error))
  // Both writers start editing together, once both have the file open (see twoWriters.test.ts).
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
  print({ kind: 'ready' })
  await told(lines, 'go')
  const current = await service.dispatch('workspace/current', {})
  if (!current.ok) throw new Error(JSON.stringify(current.error))
  let revision = (current.value as { revision: number }).revision
  const next = mulberry32(Number(seedText))
  for (let attempt = 0; attempt < Number(countText); attempt += 1) {
    const edits = batch(next, attempt)
    const answer = await service.dispatch('edits/apply', { revision, label: name, edits })
    if (answer.ok) {
      revision = (answer.value as { revision: number }).revision
      print({ kind: 'applied', revision, edits })
    } else if (answer.error.code === 'conflict') {
      print({ kind: 'conflict' })
      const current = await service.dispatch('workspace/current', {})
      if (!current.ok) throw new Error(JSON.stringify(current.error))
      revision = (current.value as { revision: number }).revision
    } else {
      throw new Error(`attempt ${attempt}: ${JSON.stringify(answer.error)}`)
    }
  }
  print({ kind: 'done' })
  await told(lines, 'reload')
  const final = await service.dispatch('workspace/current', {})
  if (!final.ok) throw new Error(JSON.stringify(final.error))
  print({ kind: 'final', snapshot: final.value })
  await service.close()
  process.stdin.destroy()
}

/** Resolves when the parent writes `word` on a line of its own. */
async function told(lines: AsyncIterator<string>, word: string): Promise<void> {
  for (;;) {
    const line = await lines.next()
    if (line.done === true) throw new Error(`stdin ended before "${word}"`)
    if (line.value === word) return
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
