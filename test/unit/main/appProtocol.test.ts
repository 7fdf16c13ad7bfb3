import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { protocol } from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  handleAppProtocol,
  indexUrl,
  registerAppScheme,
  serveAppFile,
} from '../../../electron/main/appProtocol'
import { contentSecurityPolicy } from '../../../electron/common/csp'
import { fakeSession } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

/** A renderer build beside a file it must never serve. */
const base = mkdtempSync(join(tmpdir(), 'amp-protocol-'))
const rendererDir = join(base, 'renderer')

beforeAll(() => {
  const files: Record<string, string> = {
    'renderer/index.html': '<!doctype html><title>app</title>',
    'renderer/assets/index-abc.js': 'export {}',
    'renderer/assets/index-abc.css': 'body{}',
    'renderer/assets/logo.svg': '<svg/>',
    'renderer/assets/notes.exe': 'MZ',
    'renderer-secrets/key.txt': 'secret',
    'secret.txt': 'secret',
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true })
    writeFileSync(join(base, path), text)
  }
})

const get = (url: string, method = 'GET') => serveAppFile({ url, method }, rendererDir)

describe('the app:// protocol', () => {
  it('is registered before ready as a standard, secure scheme', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ])
    expect(indexUrl).toBe('app://app/index.html')
  })

  it('is handled in the session it is given, by serveAppFile', async () => {
    const session = fakeSession()
    handleAppProtocol(session as never, rendererDir)
    const [scheme, handler] = session.protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ]
    expect(scheme).toBe('app')
    const response = await handler(new Request('app://app/index.html'))
    expect(await response.text()).toContain('<title>app</title>')
  })

  it('serves index.html, for the page and for the bare origin, with the CSP', async () => {
    for (const url of [indexUrl, 'app://app/', `${indexUrl}#/scenarios`]) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toBe('<!doctype html><title>app</title>')
    }
  })

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8', 'export {}'],
    ['assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['assets/logo.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s as %s', async (path, type, body) => {
    const response = await get(`app://app/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(await response.text()).toBe(body)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(indexUrl, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get(indexUrl, 'POST')).status).toBe(405)
  })

  it.each([
    'app://app/%2e%2e/secret.txt',
    'app://app/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/..%5csecret.txt',
    'app://app/assets%5c..%5c..%5csecret.txt',
    'app://app/%2e%2e/renderer-secrets/key.txt',
    `app://app/${encodeURIComponent(join(base, 'secret.txt'))}`,
    'app://app/index.html%00.js',
    'app://app/%E0%A4%A',
  ])('refuses to climb out of the build folder: %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(await response.text()).not.toContain('secret')
  })

  it('never serves a file outside the build folder, even when the URL parser resolves the dots', async () => {
    // new URL() turns app://app/../secret.txt into app://app/secret.txt: looked up inside.
    const response = await get('app://app/../secret.txt')
    expect(response.status).toBe(404)
  })

  it.each([
    ['a file that does not exist', 'app://app/assets/missing.js'],
    ['a folder', 'app://app/assets'],
    ['a type the build never emits', 'app://app/assets/notes.exe'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///etc/hosts'],
  ])('answers 404 for %s', async (_name, url) => {
    expect((await get(url)).status).toBe(404)
  })
})
