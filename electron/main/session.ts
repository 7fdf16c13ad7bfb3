import type { Session } from 'electron'
import { contentSecurityPolicy } from '../common/csp'
import { appOrigin } from './appProtocol'

/**
 * The one permission the page uses: writing text to the clipboard (Copy as TSV, through
 * navigator.clipboard.writeText). Reading the clipboard goes through paste events, which need none.
 */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

function fromApp(url: string | undefined): boolean {
  if (!url) return false
  try {
    // Node gives custom schemes an opaque origin ('null'): compare scheme and host instead.
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}` === appOrigin
  } catch {
    return false
  }
}

/** Whether `permission` may be granted to a page or frame at `url`: our page, and one use only. */
export function permissionAllowed(permission: string, url: string | undefined): boolean {
  return allowedPermissions.has(permission) && fromApp(url)
}

/**
 * The page carries the same policy in a meta tag; the header covers documents loaded before it is
 * parsed. Chromium asks twice about a permission — may the page use it (check), may it have it
 * (request) — and both answers are no, except the clipboard write our own page uses.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    })
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  )
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  )
}

/** A session whose pages need nothing at all (the hidden window that prints the PDF report). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionCheckHandler(() => false)
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}
