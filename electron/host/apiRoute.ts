import type { IncomingMessage, ServerResponse } from 'node:http'
import { isChannel } from '../../shared/api'
import type { Dispatcher } from '../common/dispatcher'
import { tooDeepMessage } from '../service/payloadDepth'
import { readJsonBody } from './requestBody'
import { sendFailure, sendJson } from './respond'

export const apiPrefix = '/api/'

/**
 * Channels the web host does not serve. `reports/save` writes (and replaces) a file anywhere: in
 * the desktop app only main calls it, after its save dialog asked; a browser downloads instead.
 */
const notServedOverHttp: ReadonlySet<string> = new Set(['reports/save'])

/** 20 MB: a large imported workspace is a few MB of JSON; anything bigger is a mistake or abuse. */
const bodyLimitBytes = 20 * 1024 * 1024

/** `POST /api/<channel>` → the service. The caller has already checked the origin and the token. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  service: Dispatcher,
): Promise<void> {
  const channel = pathname.slice(apiPrefix.length)
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    sendFailure(res, 405, 'bad-request', `${req.method ?? 'this method'} is not allowed; use POST`)
    return
  }
  if (!isChannel(channel)) {
    sendFailure(res, 404, 'bad-request', `unknown channel '${channel}'`)
    return
  }
  if (notServedOverHttp.has(channel)) {
    sendFailure(res, 403, 'bad-request', `${channel} is not served over HTTP; download instead`)
    return
  }
  const body = await readJsonBody(req, bodyLimitBytes)
  if (!body.ok) {
    switch (body.reason) {
      case 'too-large':
        if (body.unread) res.setHeader('Connection', 'close')
        sendFailure(res, 413, 'bad-request', `request body is larger than ${bodyLimitBytes} bytes`)
        return
      case 'too-deep':
        sendFailure(res, 400, 'bad-request', `request body refused: ${tooDeepMessage()}`)
        return
      case 'not-json':
        sendFailure(res, 400, 'bad-request', `request body is not JSON: ${body.message}`)
        return
    }
  }
  // Service errors are values in the envelope; the HTTP status only reports transport failures.
  sendJson(res, 200, await service.dispatch(channel, body.payload))
}
