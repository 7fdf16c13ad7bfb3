import type { IncomingMessage } from 'node:http'
import { jsonTextTooDeep } from '../service/payloadDepth'

/**
 * `unread`: the body was refused on its declared length, before any of it was read; the
 * connection must then close, or what the client sends next would be taken for a new request.
 */
export type BodyResult =
  { ok: true; text: string } | { ok: false; reason: 'too-large'; unread: boolean }

export type JsonBodyResult =
  | { ok: true; payload: unknown }
  | { ok: false; reason: 'too-large'; unread: boolean }
  | { ok: false; reason: 'too-deep' }
  | { ok: false; reason: 'not-json'; message: string }

/**
 * How much more of a too-large body is read, and thrown away, before the refusal is sent: Node
 * closes a connection answered before its request was read, and closing under a client still
 * sending resets it, so the client could lose the 413 unread. Past this the connection is cut.
 */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024

/**
 * Reads a request body, refusing it (without buffering the rest) once it passes `limitBytes`:
 * at once when its declared length does, else once the rest has arrived and been discarded.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limitBytes) {
      resolve({ ok: false, reason: 'too-large', unread: true })
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limitBytes) chunks.push(chunk)
      else if (size <= limitBytes + DISCARD_LIMIT_BYTES) chunks.length = 0
      else req.destroy()
    })
    req.on('end', () => {
      if (size > limitBytes) resolve({ ok: false, reason: 'too-large', unread: false })
      else resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') })
    })
    // A body cut off (by the client, or above for being far too large) gets no answer.
    req.on('error', reject)
    req.on('close', () => {
      if (!req.complete) reject(new Error('the request body was cut off'))
    })
  })
}

/**
 * Reads and parses a JSON body within `limitBytes` and a nesting depth the service accepts. The
 * depth is checked on the text, in one loop, before JSON.parse or a schema recurses into it.
 */
export async function readJsonBody(
  req: IncomingMessage,
  limitBytes: number,
): Promise<JsonBodyResult> {
  const body = await readBody(req, limitBytes)
  if (!body.ok) return body
  if (jsonTextTooDeep(body.text)) return { ok: false, reason: 'too-deep' }
  try {
    return { ok: true, payload: JSON.parse(body.text) }
  } catch (error) {
    return { ok: false, reason: 'not-json', message: (error as Error).message }
  }
}
