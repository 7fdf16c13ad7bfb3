/**
 * Issue #13, "nobody in": the real web host, with the token, under hostile and ill-formed input.
 * Whatever arrives, the host keeps answering, never answers 500, refuses with a 4xx or an error
 * envelope that names the field, and creates or replaces no file the person did not choose.
 */
import { createHash } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../../../electron/host/server'
import { importJsonFile, WorkspaceService } from '../../../electron/service'
import type { ApiError, Envelope } from '../../../shared/api'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { DEMO_PATH, RESOURCES_DIR } from '../../fixtures/paths'
import { testExports } from '../../fixtures/service'

interface Reply {
  status: number
  body: string
}

/** Every reply of the suite, for the global checks at the end. */
const replies: { what: string; reply: Reply }[] = []

let root: string
let outside: string
let host: RunningHost
let service: WorkspaceService
const logged: unknown[] = []
const demo = JSON.parse(readFileSync(DEMO_PATH, 'utf8')) as WorkspaceDoc

/** Files of the suite: the person's folder (`root/work`) and another temp folder (`outside`). */
const file = {
  workspace: () => join(root, 'work', 'plan.marginplan'),
  savedAs: () => join(root, 'work', 'copy.marginplan'),
  created: () => join(root, 'work', 'new.marginplan'),
  imported: () => join(root, 'work', 'imported.marginplan'),
  notes: () => join(outside, 'notes.txt'),
  passwd: () => join(outside, 'etc', 'passwd'),
  fake: () => join(outside, 'fake.marginplan'),
  empty: () => join(outside, 'empty.marginplan'),
  foreign: () => join(outside, 'foreign.marginplan'),
  other: () => join(outside, 'other.marginplan'),
}

/** The files the legitimate calls of the suite write: each may change, with its journals. */
const chosen = () => [file.workspace(), file.savedAs(), file.created(), file.imported()]

function send(
  path: string,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        // A connection per request: Node drops a kept-alive connection after answering a GET
        // that carried a body, which would fail the next request on it, not the host.
        agent: false,
        host: '127.0.0.1',
        port: host.port,
        path,
        method,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    req.on('error', (error) => fail(new Error(`${method} ${path}: ${error.message}`)))
    req.end(body)
  })
}

const auth = () => ({ authorization: `Bearer ${host.token}` })

/** POSTs a body (an object is sent as JSON; a string as it is) to a channel with the token. */
async function post(channel: string, body: unknown, what = channel): Promise<Reply> {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const reply = await send(`/api/${channel}`, {
    headers: { ...auth(), 'content-type': 'application/json' },
    body: text,
  })
  replies.push({ what, reply })
  return reply
}

function envelopeOf(reply: Reply): Envelope<unknown> {
  return JSON.parse(reply.body) as Envelope<unknown>
}

/** What the checks found wrong, listed whole by the `expect` at the end of each test. */
const violations: string[] = []

function takeViolations(): string[] {
  return violations.splice(0)
}

/**
 * Checks a refusal: a 4xx, or a 200 carrying an error envelope (never a 500, never an internal
 * error) whose problems name one of `fields` (when given), with one of `codes` (when given).
 * Anything else is recorded as a violation; the error is returned for further checks.
 */
function refused(
  what: string,
  reply: Reply,
  fields: readonly string[] | null = null,
  codes: readonly string[] | null = null,
): ApiError | null {
  if (reply.status !== 200 && !(reply.status >= 400 && reply.status < 500)) {
    violations.push(`${what}: HTTP ${reply.status} ${reply.body.slice(0, 200)}`)
  }
  let envelope: Envelope<unknown>
  try {
    envelope = envelopeOf(reply)
  } catch {
    violations.push(`${what}: HTTP ${reply.status} with a body that is not JSON`)
    return null
  }
  if (envelope.ok) {
    violations.push(`${what}: accepted (HTTP ${reply.status})`)
    return null
  }
  const { error } = envelope
  const named = error.problems.map((problem) => problem.path)
  if (error.code === 'internal' || error.message === '') {
    violations.push(`${what}: ${error.code} "${error.message}"`)
  }
  if (codes !== null && !codes.includes(error.code)) {
    violations.push(`${what}: code ${error.code}, expected ${codes.join(' or ')}`)
  }
  if (reply.status === 200 && fields !== null && !named.some((path) => fields.includes(path))) {
    violations.push(
      `${what}: ${error.code} names [${named.join(', ')}], not ${fields.join(' or ')}: ${error.message}`,
    )
  }
  return error
}

async function value<T>(channel: string, body: unknown): Promise<T> {
  const reply = await post(channel, body)
  expect(reply.status).toBe(200)
  const envelope = envelopeOf(reply)
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`)
  return envelope.value as T
}

const current = () =>
  value<{ path: string; revision: number; doc: WorkspaceDoc }>('workspace/current', {})

interface FileState {
  size: number
  mtimeMs: number
  sha256: string
}

/** Every file under the folders: size, modification time and content hash. */
function snapshotFiles(folders: readonly string[]): Map<string, FileState> {
  const files = new Map<string, FileState>()
  const pending = [...folders]
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        pending.push(path)
        continue
      }
      const stat = statSync(path)
      const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex')
      files.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, sha256 })
    }
  }
  return files
}

/** The files created, removed or changed between two snapshots. */
function changedFiles(before: Map<string, FileState>, after: Map<string, FileState>): string[] {
  const changed = new Set<string>()
  for (const [path, state] of after) {
    const old = before.get(path)
    if (!old || old.sha256 !== state.sha256 || old.mtimeMs !== state.mtimeMs) changed.add(path)
  }
  for (const path of before.keys()) if (!after.has(path)) changed.add(path)
  return [...changed].sort()
}

let before: Map<string, FileState>

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'amp-hostile-'))
  outside = mkdtempSync(join(tmpdir(), 'amp-hostile-outside-'))
  mkdirSync(join(root, 'work'))
  mkdirSync(join(root, 'renderer'))
  mkdirSync(join(outside, 'etc'))
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>fixture</title>')
  await importJsonFile(demo, file.workspace())
  writeFileSync(file.notes(), 'Notes nobody asked the planner to touch.\n')
  writeFileSync(file.passwd(), 'root:x:0:0:root:/root:/bin/sh\n')
  writeFileSync(file.fake(), 'A text file that merely ends in .marginplan\n')
  writeFileSync(file.empty(), '')
  const foreign = new Database(file.foreign())
  foreign.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)')
  foreign.close()
  await importJsonFile({ ...demo, name: 'Someone else' }, file.other())

  service = new WorkspaceService({
    dataDir: join(root, 'data'),
    demoPath: DEMO_PATH,
    resourcesDir: RESOURCES_DIR,
    initialFile: file.workspace(),
    log: (_message, error) => logged.push(error),
    ...testExports,
  })
  host = await startHost({ port: 0, service, rendererDir: join(root, 'renderer') })
  expect((await current()).path).toBe(file.workspace())
  before = snapshotFiles([root, outside])
})

afterAll(async () => {
  await host?.close()
  await service?.close()
  for (const dir of [root, outside]) if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the web host under hostile input', () => {
  it('refuses bad tokens, wrong methods and unknown channels before any handler', async () => {
    const body = '{}'
    const badTokens: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${'A'.repeat(32)}` },
      { authorization: `Bearer ${host.token}x` },
      { authorization: `Bearer ${host.token.slice(0, -1)}` },
      { authorization: `bearer ${host.token}` },
      { authorization: `Bearer  ${host.token}` },
      { authorization: `Basic ${host.token}` },
      { authorization: `Bearer ${host.token}, Bearer ${host.token}` },
    ]
    for (const headers of badTokens) {
      const reply = await send('/api/workspace/current', { headers, body })
      const what = `token ${JSON.stringify(headers)}`
      replies.push({ what, reply })
      expect(reply.status, what).toBe(401)
      refused(what, reply, null, ['bad-request'])
    }
    const inQuery = await send(`/api/workspace/current?token=${host.token}`, { body })
    expect(inQuery.status).toBe(401)

    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const reply = await send('/api/workspace/current', { method, headers: auth(), body })
      replies.push({ what: method, reply })
      expect(reply.status, method).toBe(405)
      refused(method, reply, null, ['bad-request'])
    }
    const head = await send('/api/workspace/current', { method: 'HEAD', headers: auth() })
    expect(head.status).toBe(405)

    const unknown = [
      '/api/',
      '/api',
      '/api/nope',
      '/api/workspace/current/',
      '/api/workspace/current/extra',
      '/api/WORKSPACE/CURRENT',
      '/api/files/saveAs',
      '/api/reports/saveDialog',
      '/api/..%2fworkspace%2fcurrent',
      '/api/workspace%2fcurrent',
      '/api/%00',
      '/api/__proto__',
      '/api/constructor',
    ]
    for (const path of unknown) {
      const reply = await send(path, { headers: auth(), body })
      replies.push({ what: path, reply })
      expect(reply.status, path).toBe(404)
      refused(path, reply, null, ['bad-request'])
    }
    expect(takeViolations()).toEqual([])
  })

  it('refuses bodies that are not JSON, too deep or too large with a 4xx', async () => {
    for (const text of ['', '{', 'nul', '{"path": "x"', '\u0000', '{"a":1}{"b":2}']) {
      const what = `body ${JSON.stringify(text)}`
      const reply = await post('workspace/open', text, what)
      expect(reply.status, what).toBe(400)
      refused(what, reply, null, ['bad-request'])
    }
    // Valid JSON that is not a request object: the envelope names the payload.
    for (const text of ['null', '[]', '"path"', '42', 'true']) {
      refused(`body ${text}`, await post('workspace/open', text), ['payload'], ['bad-request'])
    }

    const deepValue = '['.repeat(10_000) + ']'.repeat(10_000)
    const deepEdit = `{"revision":0,"label":"deep","edits":[{"op":"set","path":"workspace/name","value":${deepValue}}]}`
    const deep = await post('edits/apply', deepEdit, '10,000-deep edit')
    expect(deep.status).toBe(400)
    expect(refused('10,000-deep edit', deep, null, ['bad-request'])?.message).toMatch(/deep/)
    const deepDoc = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
    const deepPath = JSON.stringify(join(root, 'work', 'deep.marginplan'))
    const deepImport = await post(
      'workspace/importJson',
      `{"path":${deepPath},"doc":${deepDoc}}`,
      '10,000-deep import',
    )
    expect(deepImport.status).toBe(400)
    refused('10,000-deep import', deepImport, null, ['bad-request'])
    // Unclosed brackets count as much as closed ones.
    const unclosed = await post('workspace/open', '['.repeat(100_000), '100,000 [')
    expect(unclosed.status).toBe(400)

    const fiftyMegabytes = Buffer.alloc(50 * 1024 * 1024, 0x61)
    Buffer.from('{"path":"').copy(fiftyMegabytes)
    Buffer.from('.marginplan"}').copy(fiftyMegabytes, fiftyMegabytes.length - 13)
    // Declared, it is refused before it is sent (as a client that waits for `100 Continue` does):
    // one that sends it anyway races the closing connection, which is HTTP/1.1's, not the host's.
    const declared = await send('/api/workspace/importJson', {
      headers: { ...auth(), 'content-length': String(fiftyMegabytes.length) },
    })
    replies.push({ what: '50 MB, declared', reply: declared })
    expect(declared.status).toBe(413)
    refused('50 MB, declared', declared, null, ['bad-request'])
    const chunked = await sendChunked('/api/workspace/importJson', fiftyMegabytes)
    replies.push({ what: '50 MB, chunked', reply: chunked })
    expect(chunked.status).toBe(413)
    refused('50 MB, chunked', chunked, null, ['bad-request'])
    expect(takeViolations()).toEqual([])
  })

  it('refuses ill-formed text in edits and leaves the document as it was', async () => {
    const start = await current()
    const feature = start.doc.features[0]!
    const step = feature.steps[0]!
    const loneSurrogates = ['a\ud800', '\udc00', 'x\udbffA', '\ud800\ud800']
    const batches = loneSurrogates.flatMap((text) => [
      [{ op: 'set', path: `features/${feature.id}/name`, value: text }],
      [{ op: 'set', path: 'workspace/name', value: text }],
      [{ op: 'insert', path: 'features', value: { ...feature, id: text, name: 'Copy' } }],
      [{ op: 'set', path: `features/${text}/name`, value: 'renamed' }],
      [
        { op: 'set', path: 'workspace/name', value: 'fine' },
        { op: 'set', path: `features/${feature.id}/steps/${step.id}/name`, value: text },
      ],
    ])
    for (const edits of batches) {
      const body = JSON.stringify({ revision: start.revision, label: 'hostile', edits })
      // The body carries the escape itself, as a hostile page would send it.
      expect(body).toMatch(/\\ud[89abc]/)
      const what = `edits ${body.slice(0, 160)}`
      const error = refused(what, await post('edits/apply', body, what), null, [
        'bad-request',
        'invalid-document',
      ])
      if (error !== null && error.problems.every((problem) => problem.path === '')) {
        violations.push(`${what}: no problem names a field`)
      }
    }
    refused(
      'snapshot name',
      await post('backups/take', { name: 'snap\ud800' }),
      ['name'],
      ['bad-request'],
    )
    const after = await current()
    expect(after.revision).toBe(start.revision)
    expect(after.doc).toEqual(start.doc)
    expect(takeViolations()).toEqual([])
  })

  it('refuses control characters, other extensions and wrong types in every path', async () => {
    const work = join(root, 'work')
    const controlPaths = [
      join(work, 'nul\u0000.marginplan'),
      join(work, 'plan.marginplan\u0000.txt'),
      `${file.workspace()}\u0000`,
      join(work, 'line\nbreak.marginplan'),
      join(work, 'tab\t.marginplan'),
      join(work, 'escape\u001b[31m.marginplan'),
      join(work, 'delete\u007f.marginplan'),
      join(work, 'c1\u0085.marginplan'),
      join(work, 'return\r.marginplan'),
    ]
    const otherExtensions = [
      file.notes(),
      file.passwd(),
      join(outside, 'new.txt'),
      join(work, 'plan.marginplan.txt'),
      join(work, 'plan.json'),
      join(work, '.marginplan', 'x'),
      `${work}/../../${relative(join(root, '..'), outside)}/etc/passwd`,
      '../../../../etc/passwd',
      'plan.marginplan/',
      'x'.repeat(5000) + '.marginplan',
    ]
    const wrongTypes: unknown[] = ['', 42, null, ['a.marginplan'], { path: 'a.marginplan' }, true]
    const requests = (path: unknown) =>
      [
        ['workspace/open', { path }],
        ['workspace/open', { path, access: 'read-only' }],
        ['workspace/create', { path, template: 'demo' }],
        ['workspace/saveAs', { path }],
        ['workspace/saveAs', { path, overwrite: true }],
        ['workspace/importJson', { path, doc: demo }],
        ['backups/restore', { id: 'any', path }],
      ] as const
    for (const path of [...controlPaths, ...otherExtensions, ...wrongTypes]) {
      for (const [channel, payload] of requests(path)) {
        const what = `${channel} ${JSON.stringify(payload).slice(0, 160)}`
        refused(what, await post(channel, payload, what), ['path'], ['bad-request'])
      }
    }
    // The other fields of the same requests are named too.
    const otherFields = [
      ['overwrite', 'workspace/saveAs', { path: file.savedAs(), overwrite: 'yes' }],
      ['template', 'workspace/create', { path: file.created(), template: '../evil' }],
      ['id', 'backups/restore', { id: '../../etc/passwd', path: file.created() }],
      ['access', 'workspace/open', { path: file.workspace(), access: 'root' }],
    ] as const
    for (const [field, channel, payload] of otherFields) {
      refused(`${channel} ${field}`, await post(channel, payload), [field], ['bad-request'])
    }
    expect(takeViolations()).toEqual([])
  })

  it('replaces or opens no file that is not the person’s workspace, whatever the flags', async () => {
    for (const path of [file.fake(), file.empty(), file.foreign(), file.other()]) {
      const label = relative(outside, path)
      // Never replaced by create or importJson, nor by Save As unless asked to.
      const requests = [
        ['workspace/create', { path, template: 'blank' }],
        ['workspace/create', { path, template: 'demo' }],
        ['workspace/importJson', { path, doc: demo }],
        ['workspace/saveAs', { path }],
        ['workspace/saveAs', { path, overwrite: false }],
      ] as const
      for (const [channel, payload] of requests) {
        const what = `${channel} ${label} ${JSON.stringify(payload).slice(-30)}`
        refused(what, await post(channel, payload, what), ['path', 'overwrite'], ['exists'])
      }
    }
    // With overwrite, Save As still replaces only a workspace: never a text file or a database
    // of another kind (an empty file is what SQLite takes for an empty database).
    for (const path of [file.fake(), file.empty(), file.foreign()]) {
      const what = `workspace/saveAs overwrite ${relative(outside, path)}`
      refused(
        what,
        await post('workspace/saveAs', { path, overwrite: true }, what),
        ['path'],
        ['exists'],
      )
    }
    // Opening them is refused, and leaves them byte for byte (the tree is checked at the end).
    for (const path of [file.fake(), file.empty(), file.foreign()]) {
      for (const access of ['edit', 'read-only', 'take-over']) {
        const what = `workspace/open ${relative(outside, path)} ${access}`
        refused(what, await post('workspace/open', { path, access }, what), ['path'])
      }
    }
    const missing = join(outside, 'missing.marginplan')
    refused(
      'open missing',
      await post('workspace/open', { path: missing }),
      ['path'],
      ['not-found'],
    )
    // A backup that does not exist restores nothing, over an existing file or as a new one.
    for (const path of [file.fake(), join(outside, 'restored.marginplan')]) {
      const what = `backups/restore no-such-backup ${relative(outside, path)}`
      refused(
        what,
        await post('backups/restore', { id: 'no-such-backup', path }),
        ['id', 'path'],
        ['not-found', 'exists'],
      )
    }
    expect((await current()).path).toBe(file.workspace())
    expect(takeViolations()).toEqual([])
  })

  it('does not write exports to a path over HTTP: the browser downloads them', async () => {
    const { revision } = await current()
    const { jobId } = await value<{ jobId: string }>('reports/start', {
      format: 'csv',
      csvTable: 'features',
      scenarioId: null,
      compare: [null],
      month: 0,
      revision,
    })
    // Each status request lets the in-process export move on.
    let state = 'running'
    while (state === 'running') {
      state = (await value<{ state: string }>('reports/status', { jobId })).state
    }
    expect(state).toBe('done')
    const targets = [
      file.notes(),
      file.passwd(),
      file.fake(),
      join(outside, 'report.csv'),
      join(root, 'work', 'report.csv'),
    ]
    for (const path of targets) {
      const what = `reports/save ${path}`
      const reply = await post('reports/save', { jobId, path }, what)
      expect(reply.status, what).toBe(403)
      refused(what, reply, null, ['bad-request'])
    }
    const download = await value<{ base64: string }>('reports/download', { jobId })
    expect(Buffer.from(download.base64, 'base64').toString('utf8')).toContain(
      demo.features[0]!.name,
    )
    expect(takeViolations()).toEqual([])
  })

  it('is not polluted by __proto__ keys and refuses an edit batch over the limit', async () => {
    await post('workspace/open', '{"__proto__":{"polluted":true},"path":"x.txt"}')
    await post('workspace/saveAs', '{"constructor":{"prototype":{"polluted":true}},"path":1}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const { revision } = await current()
    const edits = Array.from({ length: 100_001 }, () => ({
      op: 'set',
      path: 'workspace/name',
      value: 'x',
    }))
    const tooMany = await post('edits/apply', { revision, label: 'many', edits }, '100,001 edits')
    refused('100,001 edits', tooMany, ['edits'], ['bad-request'])
    for (const bad of ['-1', '1.5', '1e309', '"0"', 'null']) {
      const body = `{"revision":${bad},"label":"x","edits":[{"op":"set","path":"workspace/name","value":"y"}]}`
      refused(`revision ${bad}`, await post('edits/apply', body), ['revision'], ['bad-request'])
    }
    expect((await current()).revision).toBe(revision)
    expect(takeViolations()).toEqual([])
  })

  it('still does what the person asks, writing only the files they chose', async () => {
    const start = await current()
    const ack = await value<{ revision: number }>('edits/apply', {
      revision: start.revision,
      label: 'rename',
      edits: [{ op: 'set', path: 'workspace/name', value: 'Renamed by the person' }],
    })
    expect(ack.revision).toBe(start.revision + 1)
    const copy = await value<{ path: string }>('workspace/saveAs', { path: file.savedAs() })
    expect(copy.path).toBe(file.savedAs())
    const created = await value<{ path: string }>('workspace/create', {
      path: file.created(),
      template: 'blank',
    })
    expect(created.path).toBe(file.created())
    const imported = await value<{ path: string; doc: WorkspaceDoc }>('workspace/importJson', {
      path: file.imported(),
      doc: demo,
    })
    expect(imported.doc.name).toBe(demo.name)
    // Replacing a workspace once the person confirmed is allowed.
    const replaced = await value<{ path: string; doc: WorkspaceDoc }>('workspace/saveAs', {
      path: file.created(),
      overwrite: true,
    })
    expect(replaced.doc.name).toBe(demo.name)
    const reopened = await value<{ path: string; doc: WorkspaceDoc }>('workspace/open', {
      path: file.workspace(),
    })
    expect(reopened.doc.name).toBe('Renamed by the person')
  })

  it('ends alive, with no 500 and no file written that the person did not choose', async () => {
    expect((await current()).path).toBe(file.workspace())
    expect(replies.length).toBeGreaterThan(300)
    expect(replies.filter(({ reply }) => reply.status >= 500).map(({ what }) => what)).toEqual([])
    const internal = replies.filter(({ reply }) => reply.body.includes('"code":"internal"'))
    expect(internal.map(({ what }) => what)).toEqual([])

    const journalOf = (path: string, target: string) =>
      path.startsWith(target) && /^-(wal|shm|journal)$/.test(path.slice(target.length))
    const allowed = (path: string) =>
      path.startsWith(join(root, 'data') + sep) ||
      chosen().some((target) => path === target || journalOf(path, target))
    const changed = changedFiles(before, snapshotFiles([root, outside]))
    expect(changed.filter((path) => !allowed(path))).toEqual([])
    // The legitimate calls did write their files.
    for (const target of chosen()) expect(changed).toContain(target)
  })
})

/** Streams `body` in 1 MB chunks, without a declared length, and waits for the answer. */
function sendChunked(path: string, body: Buffer): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        agent: false,
        host: '127.0.0.1',
        port: host.port,
        path,
        method: 'POST',
        headers: {
          host: `127.0.0.1:${host.port}`,
          ...auth(),
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    req.on('error', (error) => fail(new Error(`chunked POST ${path}: ${error.message}`)))
    const chunkSize = 1024 * 1024
    let offset = 0
    const writeMore = (): void => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + chunkSize)
        offset += chunk.length
        if (!req.write(chunk)) {
          req.once('drain', writeMore)
          return
        }
      }
      req.end()
    }
    writeMore()
  })
}
