import type { Envelope, Invoke } from '../../../shared/api'
import { transportError } from './apiFailure'

/**
 * The browser transport for the loopback web host: `POST /api/<channel>` with the per-launch
 * token the host put in the page URL's hash (`#token=…`).
 */
export function createHttpInvoke(token: string): Invoke {
  return async (channel, request) => {
    let response: Response
    try {
      response = await fetch(new URL(`api/${channel}`, document.baseURI), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(request),
      })
    } catch {
      return { ok: false, error: transportError('The planner service is not reachable.') }
    }
    try {
      return (await response.json()) as Envelope<never>
    } catch {
      return {
        ok: false,
        error: transportError(`The planner service answered ${response.status} without data.`),
      }
    }
  }
}

export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')
}
