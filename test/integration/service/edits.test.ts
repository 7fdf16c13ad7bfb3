import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { exportDocument } from '../../../electron/service'
import { migrations } from '../../../electron/db/migrations'
import { exampleDocument } from '../../fixtures/documents'
import { fileHash } from '../../fixtures/fileHash'
import { call, callError, startService, startServiceOnFile } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const support = exampleDocument('support-agent.json')

/** A closed workspace file holding the support-agent example, and a service started on it. */
async function serviceOnFile() {
  const file = join(tempDir(), 'support.marginplan')
  return { file, service: await startServiceOnFile(support, file, tempDir()) }
}

function userVersion(file: string): number {
  const db = new Database(file, { readonly: true })
  const version = db.pragma('user_version', { simple: true }) as number
  db.close()
  return version
}

describe('edits/apply', () => {
  it('saves the edit, counts the revision, and the change survives a reopen', async () => {
    const { file, service } = await serviceOnFile()
    const saved = await call(service, 'edits/apply', {
      revision: 0,
      label: 'Price complex tickets at $5',
      edits: [{ op: 'set', path: 'features/complex/pricePerUnit', value: 5 }],
    })
    expect(saved).toStrictEqual({ revision: 1 })
    const current = await call(service, 'workspace/current', {})
    expect(current.doc.features[1]?.pricePerUnit).toBe(5)
    const again = await call(service, 'edits/apply', {
      revision: 1,
      label: 'Rename',
      edits: [{ op: 'set', path: 'workspace/name', value: 'Support agent, repriced' }],
    })
    expect(again.revision).toBe(2)
    await service.close()

    const expected = structuredClone(support)
    expected.features[1]!.pricePerUnit = 5
    expected.name = 'Support agent, repriced'
    expect(await exportDocument(file)).toStrictEqual(expected)
  })

  it('refuses an edit that makes the document invalid and leaves the file byte for byte as it was', async () => {
    const { file } = await serviceOnFile()
    const reopened = startService({ dataDir: tempDir(), initialFile: file }).service
    await call(reopened, 'workspace/current', {})
    const before = fileHash(file)

    const error = await callError(reopened, 'edits/apply', {
      revision: 0,
      label: 'Route some calls to mini',
      edits: [
        { op: 'set', path: 'features/simple/pricePerUnit', value: 3 },
        {
          op: 'set',
          path: 'features/simple/steps/loop/mix',
          value: [{ modelId: 'gpt-4o', sharePct: 90 }],
        },
      ],
    })
    expect(error.code).toBe('invalid-document')
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'features[simple].steps[loop].mix',
    ])
    expect((await call(reopened, 'workspace/current', {})).revision).toBe(0)
    expect(await call(reopened, 'workspace/exportJson', {})).toStrictEqual({ doc: support })
    expect(fileHash(file)).toBe(before)
    await reopened.close()

    expect(userVersion(file)).toBe(migrations.length)
  })

  it('refuses an edit whose path names nothing', async () => {
    const { service } = await serviceOnFile()
    const error = await callError(service, 'edits/apply', {
      revision: 0,
      label: 'Typo',
      edits: [{ op: 'set', path: 'features/no-such-feature/pricePerUnit', value: 1 }],
    })
    expect(error.code).toBe('invalid-document')
    expect(error.problems.length).toBeGreaterThan(0)
    await service.close()
  })

  it('refuses a stale revision', async () => {
    const { service } = await serviceOnFile()
    const edit = { op: 'set' as const, path: 'features/complex/pricePerUnit', value: 4 }
    await call(service, 'edits/apply', { revision: 0, label: 'first', edits: [edit] })
    const error = await callError(service, 'edits/apply', {
      revision: 0,
      label: 'late',
      edits: [edit],
    })
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('it is at revision 1, this change was made on 0')
    await service.close()
  })

  it('runs requests one at a time: of two edits sent at once on revision 0, one conflicts', async () => {
    const { service } = await serviceOnFile()
    const edit = (value: number) =>
      service.dispatch('edits/apply', {
        revision: 0,
        label: 'price',
        edits: [{ op: 'set', path: 'features/complex/pricePerUnit', value }],
      })
    const [first, second] = await Promise.all([edit(4), edit(6)])
    expect(first?.ok).toBe(true)
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect((await call(service, 'workspace/current', {})).doc.features[1]?.pricePerUnit).toBe(4)
    await service.close()
  })

  it('after saveAs, edits go to the copy only', async () => {
    const { file, service } = await serviceOnFile()
    const copy = join(tempDir(), 'copy.marginplan')
    await call(service, 'workspace/saveAs', { path: copy })
    await call(service, 'edits/apply', {
      revision: 0,
      label: 'Reprice',
      edits: [{ op: 'set', path: 'features/simple/pricePerUnit', value: 2.5 }],
    })
    await service.close()
    expect(await exportDocument(file)).toStrictEqual(support)
    expect((await exportDocument(copy)).features[0]?.pricePerUnit).toBe(2.5)
  })
})
