/**
 * The renderer is served from `app://app/`, a privileged custom scheme, rather than file://: the
 * page gets a real origin ('self' in the CSP means exactly the app), and it can load nothing but
 * the files of the renderer's build folder — no other file on disk, whatever URL it asks for.
 */
import { readFile, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { protocol, type Session } from 'electron'
import { contentTypeOf } from '../common/contentTypes'
import { contentSecurityPolicy } from '../common/csp'

export const appScheme = 'app'
export const appOrigin = `${appScheme}://app`
/** The only page allowed to call the API. */
export const indexUrl = `${appOrigin}/index.html`

/** Must run before the app is ready: only then can a scheme be made standard and secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true } },
  ])
}

/** Serves the renderer's build folder on app:// in `session` (after the app is ready). */
export function handleAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(appScheme, (request) => serveAppFile(request, rendererDir))
}

function refuse(status: 400 | 403 | 404 | 405, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  })
}

/**
 * One app:// request: a file of `rendererDir` with a type we know, or a refusal. The URL is
 * decoded before it is checked, so `%2e%2e%2f` and encoded backslashes cannot climb out either.
 */
export async function serveAppFile(
  request: Pick<Request, 'url' | 'method'>,
  rendererDir: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Not allowed')
  const file = fileFor(request.url, rendererDir)
  if (file === 'forbidden') return refuse(403, 'Forbidden')
  const type = file === null ? undefined : contentTypeOf(file)
  if (file === null || type === undefined) return refuse(404, 'Not found')
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return refuse(404, 'Not found')
  const headers = {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  }
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers })
  return new Response(await readFile(file), { status: 200, headers })
}

/** The file a URL names inside `rendererDir`; null for not-ours, 'forbidden' for a way out. */
function fileFor(url: string, rendererDir: string): string | null | 'forbidden' {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (`${parsed.protocol}//${parsed.host}` !== appOrigin) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return 'forbidden'
  }
  if (path.includes('\0') || path.includes('\\')) return 'forbidden'
  const segments = path.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'forbidden'
  const root = resolve(rendererDir)
  const file = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments))
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return 'forbidden'
  return file.startsWith(root + sep) ? file : 'forbidden'
}
