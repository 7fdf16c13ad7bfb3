import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDocument, importJsonFile } from '../../../electron/service'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument } from '../../fixtures/documents'
import { fileHash } from '../../fixtures/fileHash'
import { DEMO_PATH } from '../../fixtures/paths'
import { call, callError, startService } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const support = exampleDocument('support-agent.json')

async function withService(
  test: (ctx: {
    service: ReturnType<typeof startService>['service']
    folder: string
  }) => Promise<void>,
) {
  const { service } = startService({ dataDir: tempDir() })
  try {
    await test({ service, folder: tempDir() })
  } finally {
    await service.close()
  }
}

describe('workspace/open', () => {
  it('switches to the file and exports its document', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'a.marginplan')
      await importJsonFile(support, file)
      const opened = await call(service, 'workspace/open', { path: file })
      expect(opened).toStrictEqual({
        path: file,
        doc: support,
        revision: 0,
        access: { mode: 'edit' },
      })
      expect(await call(service, 'workspace/exportJson', {})).toStrictEqual({ doc: support })
    }))

  it('refuses a file that does not exist', () =>
    withService(async ({ service, folder }) => {
      const error = await callError(service, 'workspace/open', {
        path: join(folder, 'no.marginplan'),
      })
      expect(error.code).toBe('not-found')
      expect(error.message).toContain('no.marginplan does not exist')
    }))
})

describe('workspace/create', () => {
  it('creates a blank workspace named after its file', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'Pricing review.marginplan')
      const created = await call(service, 'workspace/create', { path: file, template: 'blank' })
      expect(created.path).toBe(file)
      expect(created.doc.name).toBe('Pricing review')
      expect(created.doc.features).toEqual([])
      expect(validateDocument(created.doc).ok).toBe(true)
      expect(await exportDocument(file)).toStrictEqual(created.doc)
    }))

  it('creates a copy of the demo', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'demo copy.marginplan')
      const created = await call(service, 'workspace/create', { path: file, template: 'demo' })
      expect(created.doc).toStrictEqual(JSON.parse(readFileSync(DEMO_PATH, 'utf8')))
    }))

  it('never overwrites an existing file', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'taken.marginplan')
      await importJsonFile(support, file)
      const before = fileHash(file)
      const error = await callError(service, 'workspace/create', { path: file, template: 'blank' })
      expect(error.code).toBe('exists')
      expect(error.message).toContain('already exists')
      expect(fileHash(file)).toBe(before)
    }))
  it('replaces a workspace only when confirmed, and never a file of another kind', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'taken.marginplan')
      await importJsonFile(support, file)
      const created = await call(service, 'workspace/create', {
        path: file,
        template: 'blank',
        overwrite: true,
      })
      expect(created.doc.name).toBe('taken')
      expect((await exportDocument(file)).features).toEqual([])

      const notes = join(folder, 'notes.marginplan')
      writeFileSync(notes, 'not a workspace')
      const error = await callError(service, 'workspace/importJson', {
        path: notes,
        doc: support,
        overwrite: true,
      })
      expect(error.code).toBe('exists')
      expect(readFileSync(notes, 'utf8')).toBe('not a workspace')
    }))
})

describe('workspace/saveAs', () => {
  it('copies the open workspace to the new file and continues there', () =>
    withService(async ({ service, folder }) => {
      const original = join(folder, 'original.marginplan')
      const copy = join(folder, 'copy.marginplan')
      await importJsonFile(support, original)
      await call(service, 'workspace/open', { path: original })
      const saved = await call(service, 'workspace/saveAs', { path: copy })
      expect(saved).toStrictEqual({
        path: copy,
        doc: support,
        revision: 0,
        access: { mode: 'edit' },
      })
      expect((await call(service, 'workspace/current', {})).path).toBe(copy)
      expect(await exportDocument(copy)).toStrictEqual(support)
      expect((await call(service, 'workspace/recent', {})).paths[0]).toBe(copy)
    }))

  it('replaces an existing workspace only once the person confirmed (overwrite)', () =>
    withService(async ({ service, folder }) => {
      const target = join(folder, 'old.marginplan')
      const selfHost = exampleDocument('selfhost-70b.json')
      await importJsonFile(selfHost, target)
      const original = join(folder, 'original.marginplan')
      await importJsonFile(support, original)
      await call(service, 'workspace/open', { path: original })
      const before = fileHash(target)

      const asked = await callError(service, 'workspace/saveAs', { path: target })
      expect(asked.code).toBe('exists')
      expect(asked.problems.map((problem) => problem.path)).toEqual(['overwrite'])
      expect(fileHash(target)).toBe(before)

      await call(service, 'workspace/saveAs', { path: target, overwrite: true })
      expect(await exportDocument(target)).toStrictEqual(support)
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }))

  it('never replaces a file that is not a workspace, even with overwrite', () =>
    withService(async ({ service, folder }) => {
      const notes = join(folder, 'notes.marginplan')
      writeFileSync(notes, 'quarterly notes, not a workspace\n')
      writeFileSync(`${notes}-wal`, 'a sibling that must survive too')
      const error = await callError(service, 'workspace/saveAs', { path: notes, overwrite: true })
      expect(error.code).toBe('exists')
      expect(error.message).toContain('is not an AI Margin Planner workspace')
      expect(readFileSync(notes, 'utf8')).toBe('quarterly notes, not a workspace\n')
      expect(existsSync(`${notes}-wal`)).toBe(true)
    }))

  it('refuses a path that is not a full .marginplan path or holds a control character', () =>
    withService(async ({ service, folder }) => {
      const text = join(folder, 'report.txt')
      writeFileSync(text, 'keep me')
      for (const path of [
        text,
        join(folder, 'a\u0000b.marginplan'),
        join(folder, 'tab\tname.marginplan'),
        // Relative: it would land in whatever folder the service was started from.
        'relative.marginplan',
      ]) {
        const error = await callError(service, 'workspace/saveAs', { path, overwrite: true })
        expect(error.code).toBe('bad-request')
        expect(error.problems.map((problem) => problem.path)).toEqual(['path'])
      }
      expect(readFileSync(text, 'utf8')).toBe('keep me')
      expect(readdirSync(folder).sort()).toEqual(['report.txt'])
    }))
})

describe('workspace/importJson', () => {
  it('creates and opens a workspace from a valid document', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'imported.marginplan')
      const imported = await call(service, 'workspace/importJson', { path: file, doc: support })
      expect(imported).toStrictEqual({
        path: file,
        doc: support,
        revision: 0,
        access: { mode: 'edit' },
      })
    }))

  it('refuses an invalid document with every problem and writes nothing', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'bad.marginplan')
      const bad = structuredClone(support) as unknown as {
        features: { pricePerUnit: unknown }[]
        horizonMonths: unknown
      }
      bad.features[0]!.pricePerUnit = -2
      bad.horizonMonths = '12'
      const error = await callError(service, 'workspace/importJson', { path: file, doc: bad })
      expect(error.code).toBe('invalid-document')
      expect(error.message).toContain('2 problems')
      expect(error.problems.map((problem) => problem.path).sort()).toEqual(
        ['features[simple].pricePerUnit', 'horizonMonths'].sort(),
      )
      expect(readdirSync(folder)).toEqual([])
    }))

  it('refuses to overwrite an existing file', () =>
    withService(async ({ service, folder }) => {
      const file = join(folder, 'taken.marginplan')
      await importJsonFile(exampleDocument('selfhost-70b.json'), file)
      const error = await callError(service, 'workspace/importJson', { path: file, doc: support })
      expect(error.message).toContain('already exists')
      expect(await exportDocument(file)).toStrictEqual(exampleDocument('selfhost-70b.json'))
      expect(existsSync(`${file}.backup-v1`)).toBe(false)
    }))
})
