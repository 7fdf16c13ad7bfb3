import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importJsonFile } from '../../../electron/service'
import { exampleDocument } from '../../fixtures/documents'
import { DEMO_PATH } from '../../fixtures/paths'
import { call, startService } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const demo = JSON.parse(readFileSync(DEMO_PATH, 'utf8')) as unknown

describe('the first start', () => {
  it('copies the demo into the data folder, opens it and remembers it', async () => {
    const dataDir = join(tempDir(), 'data')
    const { service } = startService({ dataDir })
    const current = await call(service, 'workspace/current', {})
    const demoFile = join(dataDir, 'Demo workspace.marginplan')
    expect(current).toStrictEqual({
      path: demoFile,
      doc: demo,
      revision: 0,
      access: { mode: 'edit' },
    })
    expect(existsSync(demoFile)).toBe(true)
    expect(await call(service, 'workspace/recent', {})).toEqual({ paths: [demoFile] })
    await service.close()
  })
})

describe('later starts', () => {
  it('reopen the most recent workspace', async () => {
    const dataDir = tempDir()
    const other = join(tempDir(), 'other.marginplan')
    await importJsonFile(exampleDocument('selfhost-70b.json'), other)
    const first = startService({ dataDir }).service
    await call(first, 'workspace/open', { path: other })
    await first.close()

    const second = startService({ dataDir }).service
    expect((await call(second, 'workspace/current', {})).path).toBe(other)
    await second.close()
  })

  it('open the file the app was started on', async () => {
    const file = join(tempDir(), 'start.marginplan')
    await importJsonFile(exampleDocument('support-agent.json'), file)
    const { service } = startService({ dataDir: tempDir(), initialFile: file })
    const current = await call(service, 'workspace/current', {})
    expect(current.path).toBe(file)
    expect(current.doc).toStrictEqual(exampleDocument('support-agent.json'))
    await service.close()
  })

  it('fall back to the demo when the recent file no longer opens, and log why', async () => {
    const dataDir = tempDir()
    const broken = join(tempDir(), 'broken.marginplan')
    writeFileSync(broken, 'not a database '.repeat(20))
    writeFileSync(join(dataDir, 'recent.json'), JSON.stringify({ paths: [broken] }))
    const { service, logged } = startService({ dataDir })
    expect((await call(service, 'workspace/current', {})).path).toBe(
      join(dataDir, 'Demo workspace.marginplan'),
    )
    expect(logged[0]?.message).toContain(broken)
    await service.close()
  })
})

describe('the recent files list', () => {
  it('keeps the 10 most recent existing files, most recent first', async () => {
    const dataDir = tempDir()
    const folder = tempDir()
    const files = Array.from({ length: 12 }, (_, index) => join(folder, `w${index}.marginplan`))
    for (const file of files) await importJsonFile(exampleDocument('support-agent.json'), file)
    const { service } = startService({ dataDir })
    for (const file of files) await call(service, 'workspace/open', { path: file })
    await call(service, 'workspace/open', { path: files[5]! })
    rmSync(files[10]!)

    const expected = [
      files[5],
      files[11],
      files[9],
      files[8],
      files[7],
      files[6],
      files[4],
      files[3],
      files[2],
    ]
    expect((await call(service, 'workspace/recent', {})).paths).toEqual(expected)
    await service.close()
  })

  it('treats a damaged list as empty', async () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'recent.json'), '{ not json')
    const { service } = startService({ dataDir })
    expect(await call(service, 'workspace/recent', {})).toEqual({ paths: [] })
    await service.close()
  })
})
