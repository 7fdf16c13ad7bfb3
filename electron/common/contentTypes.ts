/**
 * The Content-Type of each file the renderer's build emits, whichever transport serves it:
 * Electron's app:// protocol or the web host. Typed exactly, so Chromium's strict MIME checks
 * (module scripts) pass.
 */
import { extname } from 'node:path'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

/** The Content-Type for `file` by its extension (any case), or undefined for a type not built. */
export function contentTypeOf(file: string): string | undefined {
  return contentTypes[extname(file).toLowerCase()]
}
