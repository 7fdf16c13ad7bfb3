import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  exportDocument,
  importJsonFile,
  openWorkspaceFile,
  WorkspaceError,
} from '../../../electron/service'
import { writeFileAtomically } from '../../../electron/service/newFile'
import { exampleDocument } from '../../fixtures/documents'
import { fileHash } from '../../fixtures/fileHash'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const contract = exampleDocument('contract-analysis.json')

async function rejection(promise: Promise<unknown>): Promise<WorkspaceError> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(WorkspaceError)
  return error as WorkspaceError
}

describe('the functions the CLI uses', () => {
  it('importJsonFile then exportDocument gives the document back', async () => {
    const file = join(tempDir(), 'c.marginplan')
    expect(await importJsonFile(contract, file)).toStrictEqual(contract)
    expect(await exportDocument(file)).toStrictEqual(contract)
  })

  it('openWorkspaceFile gives the document, an absolute path and revision 0', async () => {
    const folder = tempDir()
    await importJsonFile(contract, join(folder, 'c.marginplan'))
    const workspace = await openWorkspaceFile(join(folder, '.', 'c.marginplan'))
    expect(workspace.path).toBe(join(folder, 'c.marginplan'))
    expect(workspace.revision).toBe(0)
    expect(workspace.doc).toStrictEqual(contract)
    workspace.db.close()
  })

  it('importJsonFile refuses an invalid document and leaves no file behind', async () => {
    const folder = tempDir()
    const error = await rejection(
      importJsonFile(
        { ...contract, horizonMonths: 0, startMonth: 'soon' },
        join(folder, 'x.marginplan'),
      ),
    )
    expect(error.code).toBe('invalid-document')
    expect(error.problems.map((problem) => problem.path).sort()).toEqual([
      'horizonMonths',
      'startMonth',
    ])
    expect(readdirSync(folder)).toEqual([])
  })

  it('importJsonFile never overwrites an existing file', async () => {
    const folder = tempDir()
    const file = join(folder, 'taken.marginplan')
    writeFileSync(file, 'precious')
    const before = fileHash(file)
    const error = await rejection(importJsonFile(contract, file))
    expect(error.message).toContain('already exists')
    expect(fileHash(file)).toBe(before)
    expect(readdirSync(folder)).toEqual(['taken.marginplan'])
  })

  it('a write that fails half-way leaves neither the target nor a temporary file', async () => {
    const folder = tempDir()
    const target = join(folder, 'half.marginplan')
    const failing = writeFileAtomically(target, false, async (temporaryFile) => {
      writeFileSync(temporaryFile, 'partial')
      writeFileSync(`${temporaryFile}-wal`, 'partial')
      throw new Error('disk full')
    })
    const error = await rejection(failing)
    expect(error.code).toBe('io')
    expect(error.message).toContain('disk full')
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(folder)).toEqual([])
  })

  it('a file whose stored workspace no longer validates is refused, naming the problem', async () => {
    const file = join(tempDir(), 'edited.marginplan')
    await importJsonFile(contract, file)
    const raw = new Database(file)
    raw.prepare(`UPDATE mix_entries SET share_pct = 80`).run()
    raw.close()
    const error = await rejection(openWorkspaceFile(file))
    expect(error.code).toBe('invalid-document')
    expect(error.message).toContain('holds an invalid workspace')
    expect(error.problems[0]?.path).toBe('features[contract].steps[analyze].mix')
  })
})
