import type { ServerResponse } from 'node:http'
import type { ApiErrorCode, Envelope } from '../../shared/api'
import { failure } from '../common/envelope'

export function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

export function sendFailure(
  res: ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: string,
): void {
  sendJson(res, status, failure(code, message))
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text)
}
