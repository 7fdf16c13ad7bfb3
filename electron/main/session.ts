import type { Session } from 'electron'
import { contentSecurityPolicy } from '../common/csp'

/**
 * The page carries the same policy in a meta tag; the header covers documents loaded before it is
 * parsed. The app needs no camera, notifications or other permission, so every request is denied.
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
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}
