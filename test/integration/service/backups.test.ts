import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../../shared/api'
import { readFileState } from '../../../electron/db/queries/fileState'
import {
  closeWorkspace,
  commitEdits,
  exportDocument,
  importJsonFile,
  openWorkspaceFile,
} from '../../../electron/service'
import { BackupStore } from '../../../electron/service/backups/backupStore'
import { exampleDocument } from '../../fixtures/documents'
import { fileHash } from '../../fixtures/fileHash'
import { call, callError, startService } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const support = exampleDocument('support-agent.json')

// support-agent.json by hand (DESIGN.md §3, test/fixtures/examples/README.md): $2 a ticket, 80%
// simple tickets costing $0.45 and 20% complex ones costing $1.80.
const costPerTicket = 0.8 * 0.45 + 0.2 * 1.8
const marginAtTwoDollars = ((2 - costPerTicket) / 2) * 100 // 64%
// Complex tickets repriced at $5: revenue 0.8·2 + 0.2·5 per ticket.
const repricedRevenue = 0.8 * 2 + 0.2 * 5
const marginRepriced = ((repricedRevenue - costPerTicket) / repricedRevenue) * 100 // 72.31%

const repriceComplex = {
  label: 'Price complex tickets at $5',
  edits: [{ op: 'set' as const, path: 'features/complex/pricePerUnit', value: 5 }],
}

async function serviceOnFile() {
  const dataDir = tempDir()
  const folder = tempDir()
  const file = join(folder, 'Support plan.marginplan')
  await importJsonFile(support, file)
  const { service, logged } = startService({ dataDir })
  await call(service, 'workspace/open', { path: file })
  return { service, logged, file, folder, dataDir }
}

/** The one folder the backups of the only workspace opened went to. */
function backupFolderOf(dataDir: string): string {
  const folders = readdirSync(join(dataDir, 'backups'))
  expect(folders).toHaveLength(1)
  return join(dataDir, 'backups', folders[0]!)
}

function writerOf(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return readFileState(db).writer
  } finally {
    db.close()
  }
}

describe('automatic backups through the service', () => {
  it('backs a file up when it is opened for editing, once per revision', async () => {
    const { service, file, folder, dataDir } = await serviceOnFile()
    try {
      const { backups } = await call(service, 'backups/list', {})
      expect(backups).toHaveLength(1)
      const [first] = backups as [BackupEntry]
      expect(first).toMatchObject({
        kind: 'automatic',
        name: null,
        revision: 0,
        workspaceName: support.name,
      })
      expect(first.portfolioMarginPct).toBeCloseTo(marginAtTwoDollars, 6)
      expect(first.id).toMatch(/^[0-9A-Za-z_-]{1,100}$/)
      const backupFolder = backupFolderOf(dataDir)
      expect(backupFolder).toMatch(/support-plan-[0-9a-f]+$/)
      const copy = join(backupFolder, `${first.id}.marginplan`)
      expect(first.sizeBytes).toBeGreaterThan(0)
      expect(await exportDocument(copy)).toStrictEqual(support)
      expect(writerOf(copy)).toBeNull()

      // Opening another file and coming back at the same revision adds no second backup.
      const other = join(folder, 'other.marginplan')
      await importJsonFile(support, other)
      await call(service, 'workspace/open', { path: other })
      await call(service, 'workspace/open', { path: file })
      const again = await call(service, 'backups/list', {})
      expect(again.backups.map((entry) => entry.id)).toStrictEqual([first.id])
    } finally {
      await service.close()
    }
  })

  it('skips a damaged metadata file and logs it', async () => {
    const { service, logged, dataDir } = await serviceOnFile()
    try {
      await call(service, 'backups/take', { name: 'Kept' })
      const { backups } = await call(service, 'backups/list', {})
      expect(backups).toHaveLength(2)
      const damaged = backups.find((entry) => entry.kind === 'automatic')!
      writeFileSync(join(backupFolderOf(dataDir), `${damaged.id}.json`), '{"id": "trunc')
      const after = await call(service, 'backups/list', {})
      expect(after.backups.map((entry) => entry.name)).toStrictEqual(['Kept'])
      expect(logged.some((entry) => entry.message.includes(`${damaged.id}.json`))).toBe(true)
      const error = await callError(service, 'backups/open', { id: damaged.id })
      expect(error.code).toBe('not-found')
    } finally {
      await service.close()
    }
  })
})

describe('named snapshots', () => {
  it('lists a named snapshot with its name and the margin it holds, newest first', async () => {
    const { service } = await serviceOnFile()
    try {
      const named = await call(service, 'backups/take', { name: '  Board plan Q4 ' })
      expect(named).toMatchObject({ kind: 'named', name: 'Board plan Q4', revision: 0 })
      expect(named.portfolioMarginPct).toBeCloseTo(marginAtTwoDollars, 6)
      await call(service, 'edits/apply', { revision: 0, ...repriceComplex })
      const later = await call(service, 'backups/take', { name: 'Repriced' })
      expect(later.revision).toBe(1)
      expect(later.portfolioMarginPct).toBeCloseTo(marginRepriced, 6)
      const { backups } = await call(service, 'backups/list', {})
      expect(backups.map((entry) => entry.name)).toStrictEqual(['Repriced', 'Board plan Q4', null])
    } finally {
      await service.close()
    }
  })

  it('deletes a backup for good, the others kept, and then knows it no more', async () => {
    const { service, dataDir } = await serviceOnFile()
    try {
      const named = await call(service, 'backups/take', { name: 'Wrong name' })
      const before = (await call(service, 'backups/list', {})).backups
      expect(before).toHaveLength(2)
      const { backups } = await call(service, 'backups/delete', { id: named.id })
      expect(backups).toStrictEqual(before.filter((entry) => entry.id !== named.id))
      expect(
        readdirSync(backupFolderOf(dataDir)).filter((name) => name.startsWith(named.id)),
      ).toEqual([])
      expect((await callError(service, 'backups/open', { id: named.id })).code).toBe('not-found')
    } finally {
      await service.close()
    }
  })

  it('refuses an unknown id with not-found', async () => {
    const { service } = await serviceOnFile()
    try {
      for (const channel of ['backups/open', 'backups/restore', 'backups/delete'] as const) {
        const error = await callError(service, channel, {
          id: 'no-such-backup',
          path: '/tmp/x.marginplan',
        })
        expect(error.code).toBe('not-found')
      }
    } finally {
      await service.close()
    }
  })
})

describe('opening and restoring a backup', () => {
  it('opens a backup read-only: edits and snapshots are refused, ids still resolve', async () => {
    const { service } = await serviceOnFile()
    try {
      const board = await call(service, 'backups/take', { name: 'Board plan Q4' })
      await call(service, 'edits/apply', { revision: 0, ...repriceComplex })
      const view = await call(service, 'backups/open', { id: board.id })
      expect(view.access).toMatchObject({ mode: 'read-only', reason: 'backup' })
      if (view.access.mode === 'read-only') {
        expect(view.access.message).toContain('Support plan.marginplan')
        expect(view.access.message).toContain('“Board plan Q4”')
      }
      expect(view.doc.features[1]?.pricePerUnit).toBe(2)

      const refused = await callError(service, 'edits/apply', {
        revision: view.revision,
        ...repriceComplex,
      })
      expect(refused.code).toBe('read-only')
      const notAgain = await callError(service, 'backups/take', { name: 'Of a backup' })
      expect(notAgain.code).toBe('read-only')

      // The view lists, opens and restores the original file's backups.
      const { backups } = await call(service, 'backups/list', {})
      expect(backups.map((entry) => entry.id)).toContain(board.id)
      const reopened = await call(service, 'backups/open', { id: board.id })
      expect(reopened.access.mode).toBe('read-only')
    } finally {
      await service.close()
    }
  })

  it('restores a backup as a new file with the earlier document, never over a file', async () => {
    const { service, file, folder } = await serviceOnFile()
    try {
      const board = await call(service, 'backups/take', { name: 'Board plan Q4' })
      await call(service, 'edits/apply', { revision: 0, ...repriceComplex })

      const taken = join(folder, 'taken.marginplan')
      await importJsonFile(support, taken)
      const before = fileHash(taken)
      const exists = await callError(service, 'backups/restore', { id: board.id, path: taken })
      expect(exists.code).toBe('exists')
      expect(fileHash(taken)).toBe(before)

      const target = join(folder, 'Support plan restored.marginplan')
      const restored = await call(service, 'backups/restore', { id: board.id, path: target })
      expect(restored.path).toBe(target)
      expect(restored.access).toStrictEqual({ mode: 'edit' })
      expect(restored.doc).toStrictEqual(support)
      // The restored file is the open one and can be edited; the original keeps its edit.
      await call(service, 'edits/apply', {
        revision: restored.revision,
        label: 'Rename',
        edits: [{ op: 'set', path: 'workspace/name', value: 'Restored' }],
      })
      await service.close()
      expect(writerOf(target)).toBeNull()
      expect((await exportDocument(target)).name).toBe('Restored')
      expect((await exportDocument(file)).features[1]?.pricePerUnit).toBe(5)
    } finally {
      await service.close()
    }
  })
})

describe('BackupStore on a clock', () => {
  async function storeOnFile() {
    const folder = tempDir()
    const file = join(folder, 'clocked.marginplan')
    await importJsonFile(support, file)
    const clock = { now: new Date(2025, 6, 1, 9, 0) }
    const logged: string[] = []
    const store = new BackupStore({
      folder: join(tempDir(), 'backups'),
      files: {},
      log: (message) => logged.push(message),
      now: () => clock.now,
    })
    const workspace = await openWorkspaceFile(file)
    return { store, workspace, clock, logged }
  }

  const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000)

  it('backs up after saved edits once ten minutes passed since the last backup', async () => {
    const { store, workspace, clock, logged } = await storeOnFile()
    try {
      const start = clock.now
      store.opened(workspace)
      await store.settled()
      expect(await store.list(workspace)).toHaveLength(1)

      commitEdits(workspace, repriceComplex.edits, 'refused', workspace.revision)
      clock.now = minutes(start, 9)
      store.saved(workspace)
      await store.settled()
      expect(await store.list(workspace)).toHaveLength(1)

      clock.now = minutes(start, 10)
      store.saved(workspace)
      await store.settled()
      const backups = await store.list(workspace)
      expect(backups.map((entry) => [entry.revision, entry.takenAt])).toStrictEqual([
        [1, minutes(start, 10).toISOString()],
        [0, start.toISOString()],
      ])
      expect(backups[0]!.portfolioMarginPct).toBeCloseTo(marginRepriced, 6)

      clock.now = minutes(start, 15)
      store.saved(workspace)
      await store.settled()
      expect(await store.list(workspace)).toHaveLength(2)
      expect(logged).toStrictEqual([])
    } finally {
      closeWorkspace(workspace)
    }
  })

  it('keeps the last 10 automatic backups and the newest of each of 14 days, and named ones', async () => {
    const { store, workspace, clock } = await storeOnFile()
    try {
      // Four automatic backups a day (09:00, 11:00, 13:00, 15:00) from July 1st to July 20th
      // at 13:00, and a named one on the first day.
      const times: Date[] = []
      for (let day = 1; day <= 20; day++) {
        for (const hour of [9, 11, 13, 15]) times.push(new Date(2025, 6, day, hour))
      }
      times.splice(times.length - 1)
      for (const [index, time] of times.entries()) {
        clock.now = time
        if (index === 0) store.opened(workspace)
        else store.saved(workspace)
        await store.settled()
        if (index === 0) {
          clock.now = new Date(2025, 6, 1, 10)
          await store.take(workspace, 'Board plan Q4')
        }
      }
      const backups = await store.list(workspace)
      const named = backups.filter((entry) => entry.kind === 'named')
      expect(named.map((entry) => entry.name)).toStrictEqual(['Board plan Q4'])

      // Last 10: July 20th 13:00, 11:00, 09:00; the 19th's four; the 18th's 15:00, 13:00, 11:00.
      // Daily: the 15:00 backup of July 6th to 17th (the 14 days before July 20th 13:00 begin
      // on July 6th at 13:00, so the 6th's 15:00 is in, the 5th's is out).
      const expected = [
        new Date(2025, 6, 20, 13),
        new Date(2025, 6, 20, 11),
        new Date(2025, 6, 20, 9),
        ...[15, 13, 11, 9].map((hour) => new Date(2025, 6, 19, hour)),
        ...[15, 13, 11].map((hour) => new Date(2025, 6, 18, hour)),
        ...[17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6].map((day) => new Date(2025, 6, day, 15)),
      ]
      const automatic = backups.filter((entry) => entry.kind === 'automatic')
      expect(automatic.map((entry) => entry.takenAt)).toStrictEqual(
        expected.map((time) => time.toISOString()),
      )
      // The removed backups left no files behind.
      const folder = store.find(workspace, automatic[0]!.id).file.replace(/[/\\][^/\\]+$/, '')
      const files = readdirSync(folder)
      expect(files.filter((name) => name.endsWith('.marginplan'))).toHaveLength(expected.length + 1)
      expect(files.filter((name) => name.endsWith('.json'))).toHaveLength(expected.length + 1)
      expect(existsSync(store.find(workspace, named[0]!.id).file)).toBe(true)
    } finally {
      closeWorkspace(workspace)
    }
  })
})
