import type { IncomingMessage } from 'node:http'

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' }

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
