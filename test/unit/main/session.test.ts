import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, hardenSession } from '../../../electron/main/session'
import { contentSecurityPolicy } from '../../../electron/common/csp'
import { fakeSession } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

type Check = (contents: unknown, permission: string, origin: string, details: unknown) => boolean
type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void

function hardened(harden: (session: never) => void = hardenSession) {
  const session = fakeSession()
  harden(session as never)
  const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as Check
  const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler
  const requested = (permission: string, url: string) => {
    const callback = vi.fn()
    request({}, permission, callback, { requestingUrl: url, isMainFrame: true })
    expect(callback).toHaveBeenCalledTimes(1)
    return callback.mock.calls[0]?.[0] as boolean
  }
  return { session, check, requested }
}

const everythingElse = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'fullscreen',
  'openExternal',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'unknown',
]

describe("the app's session", () => {
  it('installs both a permission check handler and a request handler', () => {
    const { check, requested } = hardened()
    expect(check).toBeTypeOf('function')
    expect(requested).toBeTypeOf('function')
  })

  it.each(everythingElse)('denies %s to every page, ours included', (permission) => {
    const { check, requested } = hardened()
    expect(check(null, permission, 'app://app', {})).toBe(false)
    expect(requested(permission, 'app://app/index.html')).toBe(false)
  })

  it('lets only our page write to the clipboard (Copy as TSV), no other origin', () => {
    const { check, requested } = hardened()
    expect(check(null, 'clipboard-sanitized-write', 'app://app', {})).toBe(true)
    expect(requested('clipboard-sanitized-write', 'app://app/index.html#/mix')).toBe(true)
    for (const origin of ['https://example.com', 'file://', 'app://evil', '', 'not a url']) {
      expect(check(null, 'clipboard-sanitized-write', origin, {})).toBe(false)
      expect(requested('clipboard-sanitized-write', origin)).toBe(false)
    }
  })

  it('adds the CSP header to every response', () => {
    const { session } = hardened()
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: { responseHeaders: Record<string, string[]> },
      callback: (response: unknown) => void,
    ) => void
    const callback = vi.fn()
    listener({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    })
  })

  it("denies the PDF window's session everything, the clipboard too", () => {
    const { check, requested } = hardened(denyAllPermissions)
    for (const permission of ['clipboard-sanitized-write', ...everythingElse]) {
      expect(check(null, permission, 'app://app', {})).toBe(false)
      expect(requested(permission, 'app://app/index.html')).toBe(false)
    }
  })
})
