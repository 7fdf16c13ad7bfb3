import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startHost, type RunningHost } from '../../../electron/host/server'
import { WorkspaceService } from '../../../electron/service'
import { testExports } from '../../fixtures/service'

const repoRoot = resolve(import.meta.dirname, '../../..')
let root: string
let host: RunningHost
let service: WorkspaceService
let dispatch: ReturnType<typeof vi.spyOn>

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A raw request, so the test controls the Host header and the exact path bytes. */
function send(
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
      },
    )
    req.on('error', fail)
    req.end(body)
  })
}

const withToken = (headers: Record<string, string> = {}) => ({
  authorization: `Bearer ${host.token}`,
  ...headers,
})

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'amp-host-'))
  const rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>fixture</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET')
  service = new WorkspaceService({
    dataDir: join(root, 'data'),
    demoPath: join(repoRoot, 'resources', 'demo-workspace.json'),
    resourcesDir: join(repoRoot, 'resources'),
    log: () => {},
    ...testExports,
  })
  dispatch = vi.spyOn(service, 'dispatch')
  host = await startHost({ port: 0, service, rendererDir })
})

afterAll(async () => {
  await host.close()
  await service.close()
  rmSync(root, { recursive: true, force: true })
})

describe('the loopback web host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a fresh 192-bit token', () => {
    const address = host.server.address() as AddressInfo
    expect(address.address).toBe('127.0.0.1')
    expect(address.port).toBe(host.port)
    expect(host.port).toBeGreaterThan(0)
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`)
  })

  it('answers 401 to every /api/ request without the token, before any routing', async () => {
    dispatch.mockClear()
    const attempts = [
      send('/api/workspace/current', { method: 'POST', body: '{}' }),
      send('/api/anything', { method: 'POST', body: '{}' }),
      send('/api/x'),
      send('/api/workspace/current', {
        method: 'POST',
        body: '{}',
        headers: { authorization: `Bearer ${'A'.repeat(32)}` },
      }),
      send('/api/workspace/current', {
        method: 'POST',
        body: '{}',
        headers: { authorization: host.token },
      }),
    ]
    for (const reply of await Promise.all(attempts)) {
      expect(reply.status).toBe(401)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('passes a call with the token to the service and returns its envelope, uncached', async () => {
    const reply = await send('/api/workspace/current', {
      method: 'POST',
      body: '{}',
      headers: withToken(),
    })
    expect(reply.status).toBe(200)
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    const envelope = JSON.parse(reply.body)
    expect(envelope.ok).toBe(true)
    expect(envelope.value.path).toBe(join(root, 'data', 'Demo workspace.marginplan'))
  })

  it('refuses a foreign Host or Origin with 403 (DNS rebinding), token or not', async () => {
    dispatch.mockClear()
    const post = (headers: Record<string, string>) =>
      send('/api/workspace/current', { method: 'POST', body: '{}', headers: withToken(headers) })
    const refused = await Promise.all([
      post({ host: `evil.example:${host.port}` }),
      post({ host: '127.0.0.1:1' }),
      post({ origin: 'http://evil.example' }),
      post({ origin: `http://127.0.0.1:${host.port + 1}` }),
      post({ origin: 'null' }),
      send('/', { headers: { host: `rebound.example:${host.port}` } }),
    ])
    expect(refused.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403, 403])
    expect(dispatch).not.toHaveBeenCalled()
    const sameOrigin = await post({
      host: `localhost:${host.port}`,
      origin: `http://localhost:${host.port}`,
    })
    expect(sameOrigin.status).toBe(200)
  })

  it('reports malformed calls as bad requests without reaching a handler', async () => {
    const bad = await send('/api/workspace/open', {
      method: 'POST',
      body: '{"path": ',
      headers: withToken(),
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(
      (await send('/api/no/such', { method: 'POST', body: '{}', headers: withToken() })).status,
    ).toBe(404)
    expect((await send('/api/workspace/current', { headers: withToken() })).status).toBe(405)
    const huge = await send('/api/workspace/importJson', {
      method: 'POST',
      headers: withToken({ 'content-length': String(21 * 1024 * 1024) }),
    })
    expect(huge.status).toBe(413)
  })

  it('serves the renderer with its content types and security headers', async () => {
    const page = await send('/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>fixture</title>')
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/)
    expect((await send('/assets/app.css')).headers['content-type']).toMatch(/^text\/css/)
    expect((await send('/assets/missing.js')).status).toBe(404)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00',
  ])('serves nothing outside the renderer folder for %s', async (path) => {
    const reply = await send(path)
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('TOP SECRET')
  })
})
