import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatcher } from '../common/dispatcher'
import { apiPrefix, handleApi } from './apiRoute'
import { hasBearerToken, isTrustedRequest } from './guards'
import { sendFailure, sendText } from './respond'
import { serveStatic } from './staticFiles'

export interface HostOptions {
  /** 0 picks a free port. */
  port: number
  service: Dispatcher
  /** The built renderer: index.html and its assets. */
  rendererDir: string
}

export interface RunningHost {
  /** The page to open, carrying the token in its fragment (never sent to the server or a Referer). */
  url: string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

/** The loopback bind is the first line of defence: nothing off this machine can connect. */
const loopback = '127.0.0.1'

export async function startHost({ port, service, rendererDir }: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url')
  const server = createServer()
  await listen(server, port)
  const actualPort = (server.address() as AddressInfo).port
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res, { port: actualPort, token, service, rendererDir }).catch(() => {
      if (!res.headersSent) sendFailure(res, 500, 'internal', 'the request could not be handled')
      else res.destroy()
    })
  })
  return {
    url: `http://${loopback}:${actualPort}/#token=${token}`,
    port: actualPort,
    token,
    server,
    close: () => closeServer(server),
  }
}

/** `port` is the bound one, never 0. */
interface RouteContext extends HostOptions {
  token: string
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  const pathname = new URL(req.url ?? '/', `http://${loopback}`).pathname
  const isApi = pathname.startsWith(apiPrefix) || pathname === '/api'
  if (isApi) res.setHeader('Cache-Control', 'no-store')
  if (!isTrustedRequest(req.headers, ctx.port)) {
    if (isApi) sendFailure(res, 403, 'bad-request', 'forbidden host or origin')
    else sendText(res, 403, 'Forbidden')
    return
  }
  if (!isApi) return serveStatic(req, res, pathname, ctx.rendererDir)
  if (!hasBearerToken(req.headers.authorization, ctx.token)) {
    res.setHeader('WWW-Authenticate', 'Bearer')
    sendFailure(res, 401, 'bad-request', 'missing or wrong token; reopen the URL the host printed')
    return
  }
  return handleApi(req, res, pathname, ctx.service)
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, loopback, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    // Browsers keep connections alive; without this, close would wait for them to time out.
    server.closeAllConnections()
  })
}
