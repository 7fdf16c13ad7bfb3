/**
 * Issue #13: a file held by another process, a file that cannot be written, a file moved or
 * deleted while open, and the leftovers of an interrupted write.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { exportDocument, importJsonFile } from '../../../electron/service'
import { temporaryName } from '../../../electron/service/newFile'
import { exampleDocument } from '../../fixtures/documents'
import { fileHash } from '../../fixtures/fileHash'
import { makeUnwritable, makeWritable } from '../../fixtures/readOnlyFiles'
import { call, callError, startService } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const support = exampleDocument('support-agent.json')
const setPrice = (value: number) => [
  { op: 'set' as const, path: 'features/complex/pricePerUnit', value },
]

const services: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const service of services.splice(0)) await service.close()
})

function serviceOn(file?: string) {
  const { service } = startService({ dataDir: tempDir(), initialFile: file })
  services.push(service)
  return service
}

async function supportFile(): Promise<string> {
  const file = join(tempDir(), 'support.marginplan')
  await importJsonFile(support, file)
  return file
}

describe('a file another process has open for editing', () => {
  it('is refused for editing with who holds it; read-only or take over are the ways on', async () => {
    const file = await supportFile()
    const first = serviceOn(file)
    await call(first, 'workspace/current', {})

    const second = serviceOn()
    const locked = await callError(second, 'workspace/open', { path: file })
    expect(locked.code).toBe('locked')
    expect(locked.message).toContain(`process ${process.pid} on ${hostname()}`)

    const view = await call(second, 'workspace/open', { path: file, access: 'read-only' })
    expect(view.access).toMatchObject({ mode: 'read-only', reason: 'held-elsewhere' })
    const refused = await callError(second, 'edits/apply', {
      revision: view.revision,
      label: 'price',
      edits: setPrice(5),
    })
    expect(refused.code).toBe('read-only')

    // Taking over moves the revision on, so the first window is behind before anything is saved.
    const taken = await call(second, 'workspace/takeOver', {})
    expect(taken.access).toEqual({ mode: 'edit' })
    expect(taken.revision).toBe(1)
    await call(second, 'edits/apply', { revision: 1, label: 'p', edits: setPrice(5) })

    // The first window's edit is refused, and after a reload it goes on.
    const stale = await callError(first, 'edits/apply', {
      revision: 0,
      label: 'p',
      edits: setPrice(7),
    })
    expect(stale.code).toBe('conflict')
    const reloaded = await call(first, 'workspace/current', {})
    expect(reloaded.revision).toBe(2)
    expect(reloaded.doc.features[1]?.pricePerUnit).toBe(5)
    await call(first, 'edits/apply', { revision: 2, label: 'p', edits: setPrice(7) })
    expect((await call(second, 'workspace/current', {})).doc.features[1]?.pricePerUnit).toBe(7)
  })

  it('opens read-only at start-up, when the app starts on a file another process holds', async () => {
    const file = await supportFile()
    await call(serviceOn(file), 'workspace/current', {})
    const current = await call(serviceOn(file), 'workspace/current', {})
    expect(current.access).toMatchObject({ mode: 'read-only', reason: 'held-elsewhere' })
    expect(current.access.mode === 'read-only' && current.access.message).toContain('is open for')
  })

  it('is taken without a question when the process that held it no longer runs', async () => {
    const file = await supportFile()
    const db = new Database(file)
    db.prepare(
      `UPDATE file_state SET writer_id = 'gone', writer_pid = ?, writer_host = ?,
         writer_app = 'desktop', writer_since = '2026-12-01T09:00:00.000Z'`,
    ).run(2 ** 22 + 12345, hostname())
    db.close()
    const opened = await call(serviceOn(), 'workspace/open', { path: file })
    expect(opened.access).toEqual({ mode: 'edit' })
  })

  it('is released on close, so the next process opens it for editing', async () => {
    const file = await supportFile()
    const first = serviceOn(file)
    await call(first, 'workspace/current', {})
    await first.close()
    expect((await call(serviceOn(file), 'workspace/current', {})).access).toEqual({ mode: 'edit' })
  })
})

describe('a file that cannot be written', () => {
  for (const what of ['file', 'folder'] as const) {
    it(`opens read-only when its ${what} cannot be written, refuses edits, and Save As works`, async () => {
      const folder = tempDir()
      const file = join(folder, 'locked-down.marginplan')
      await importJsonFile(support, file)
      const target = what === 'file' ? file : folder
      makeUnwritable(target, what === 'folder')
      try {
        const before = fileHash(file)
        const service = serviceOn(file)
        const current = await call(service, 'workspace/current', {})
        expect(current.doc).toStrictEqual(support)
        expect(current.access).toMatchObject({ mode: 'read-only', reason: 'permissions' })
        expect(current.access.mode === 'read-only' && current.access.message).toContain(
          'Save As to edit a copy',
        )
        const refused = await callError(service, 'edits/apply', {
          revision: current.revision,
          label: 'price',
          edits: setPrice(5),
        })
        expect(refused.code).toBe('read-only')
        const copy = join(tempDir(), 'editable.marginplan')
        const saved = await call(service, 'workspace/saveAs', { path: copy })
        expect(saved.access).toEqual({ mode: 'edit' })
        await call(service, 'edits/apply', {
          revision: saved.revision,
          label: 'p',
          edits: setPrice(5),
        })
        expect(fileHash(file)).toBe(before)
        expect(readdirSync(folder)).toEqual(['locked-down.marginplan'])
      } finally {
        makeWritable(target, what === 'folder')
      }
    })
  }
})

describe('a file moved or deleted while open', () => {
  for (const how of ['moved', 'deleted'] as const) {
    it(`stops saving when the file is ${how}, and Save As keeps every saved edit`, async () => {
      const file = await supportFile()
      const service = serviceOn(file)
      await call(service, 'edits/apply', { revision: 0, label: 'p', edits: setPrice(5) })
      if (how === 'moved') renameSync(file, join(tempDir(), 'elsewhere.marginplan'))
      else rmSync(file)

      const refused = await callError(service, 'edits/apply', {
        revision: 1,
        label: 'p',
        edits: setPrice(6),
      })
      expect(refused.code).toBe('file-moved')
      expect(refused.message).toContain('was moved, replaced or deleted while open')
      const current = await call(service, 'workspace/current', {})
      expect(current.access).toMatchObject({ mode: 'read-only', reason: 'moved' })

      const rescue = join(tempDir(), 'rescued.marginplan')
      await call(service, 'workspace/saveAs', { path: rescue })
      expect((await exportDocument(rescue)).features[1]?.pricePerUnit).toBe(5)
    })
  }

  it('stops saving when another file is put in its place', async () => {
    const file = await supportFile()
    const service = serviceOn(file)
    await call(service, 'workspace/current', {})
    const replacement = join(tempDir(), 'replacement.marginplan')
    await importJsonFile(exampleDocument('selfhost-70b.json'), replacement)
    renameSync(replacement, file)
    const refused = await callError(service, 'edits/apply', {
      revision: 0,
      label: 'p',
      edits: setPrice(6),
    })
    expect(refused.code).toBe('file-moved')
    expect(await exportDocument(file)).toStrictEqual(exampleDocument('selfhost-70b.json'))
  })
})

describe('saved edits are in the file itself', () => {
  it('a file moved while open holds every saved edit once the window is closed', async () => {
    const file = await supportFile()
    const service = serviceOn(file)
    for (const [revision, price] of [3, 4, 5].entries()) {
      await call(service, 'edits/apply', { revision, label: 'p', edits: setPrice(price) })
    }
    const moved = join(tempDir(), 'moved.marginplan')
    renameSync(file, moved)
    await service.close()
    expect((await exportDocument(moved)).features[1]?.pricePerUnit).toBe(5)
  })

  it('a workspace put in place of the open one keeps its own content', async () => {
    const file = await supportFile()
    const service = serviceOn(file)
    await call(service, 'edits/apply', { revision: 0, label: 'p', edits: setPrice(9) })
    const replacement = join(tempDir(), 'replacement.marginplan')
    const selfHost = exampleDocument('selfhost-70b.json')
    await importJsonFile(selfHost, replacement)
    renameSync(replacement, file)
    await service.close()
    expect(await exportDocument(file)).toStrictEqual(selfHost)
  })
})

describe('temporary files of an interrupted write', () => {
  it("are removed at start when this machine's process that wrote them is gone", async () => {
    const folder = tempDir()
    const file = join(folder, 'work.marginplan')
    await importJsonFile(support, file)
    // `.work.marginplan.<machine>-<pid>.<uuid>.tmp`, as this process names its own.
    const running = temporaryName('work.marginplan')
    const machine = /\.([0-9a-f]{8})-\d+\./.exec(running)![1]!
    const dead = running.replace(`-${process.pid}.`, `-${2 ** 22 + 999}.`)
    const otherMachine = dead.replace(
      `.${machine}-`,
      machine === '00000000' ? '.11111111-' : '.00000000-',
    )
    for (const name of [dead, `${dead}-wal`, running, otherMachine]) {
      writeFileSync(join(folder, name), 'x')
    }
    mkdirSync(join(folder, 'kept'))
    await call(serviceOn(file), 'workspace/current', {})
    const left = readdirSync(folder).filter((name) => !/^work\.marginplan-(wal|shm)$/.test(name))
    expect(left.sort()).toEqual([running, otherMachine, 'kept', 'work.marginplan'].sort())
  })

  it('cuts a long file name so the temporary one stays a legal name', () => {
    const name = temporaryName(`${'Quarterly board plan, '.repeat(12)}.marginplan`)
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
    expect(temporaryName(`a${'é'.repeat(100)}`)).not.toContain('\uFFFD')
  })
})
