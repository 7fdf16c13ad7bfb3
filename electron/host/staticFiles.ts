import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve, sep } from 'node:path'
import { contentTypeOf } from '../common/contentTypes'
import { contentSecurityPolicy } from '../common/csp'
import { sendText } from './respond'

/** Serves the built renderer; any path that resolves outside `rootDir` is simply not found. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  rootDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    sendText(res, 405, 'Method not allowed')
    return
  }
  const file = resolveInside(rootDir, pathname === '/' ? '/index.html' : pathname)
  const info = file ? await stat(file).catch(() => null) : null
  if (!file || !info?.isFile()) {
    sendText(res, 404, 'Not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file) ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Content-Security-Policy': contentSecurityPolicy,
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

function resolveInside(rootDir: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const root = resolve(rootDir)
  const file = resolve(root, `.${decoded}`)
  return file.startsWith(root + sep) ? file : null
}
