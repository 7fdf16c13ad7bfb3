import type { IncomingMessage } from 'node:http'
import { jsonTextTooDeep } from '../service/payloadDepth'

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' }

export type JsonBodyResult =
  | { ok: true; payload: unknown }
  | { ok: false; reason: 'too-large' | 'too-deep' }
  | { ok: false; reason: 'not-json'; message: string }

/** Reads a request body, giving up (without buffering the rest) once it passes `limitBytes`. */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limitBytes) {
      resolve({ ok: false, reason: 'too-large' })
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limitBytes) {
        req.off('data', onData)
        resolve({ ok: false, reason: 'too-large' })
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }))
    req.on('error', reject)
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
