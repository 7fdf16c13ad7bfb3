import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * DNS-rebinding defence: a page on another site whose name resolves to 127.0.0.1 still sends its
 * own name in Host and its own origin in Origin, so only our loopback names are accepted.
 */
export function isTrustedRequest(headers: IncomingHttpHeaders, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = headers.host?.toLowerCase()
  if (host === undefined || !hosts.includes(host)) return false
  const origin = headers.origin
  return origin === undefined || hosts.some((name) => origin.toLowerCase() === `http://${name}`)
}

/** Compares in constant time so the token cannot be guessed byte by byte from response timing. */
export function hasBearerToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '')
  if (!match?.[1]) return false
  const given = Buffer.from(match[1])
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
