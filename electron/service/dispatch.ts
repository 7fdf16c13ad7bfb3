import type { z } from 'zod'
import {
  channels,
  isChannel,
  requestSchemas,
  type ApiError,
  type Envelope,
  type Handlers,
} from '../../shared/api'
import { badRequest, problemPath, toApiError } from './apiErrors'
import type { Log } from './log'
import { tooDeepField, tooDeepMessage } from './payloadDepth'

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** A payload checked against its channel's schema; a mismatch names every bad field. */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  channel: string,
  payload: unknown,
): Parsed<z.output<S>> {
  const parsed = schema.safeParse(payload)
  if (parsed.success) return { ok: true, data: parsed.data }
  const problems = parsed.error.issues.map((issue) => ({
    path: problemPath(issue.path),
    message: issue.message,
  }))
  const summary = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')
  return { ok: false, error: badRequest(`Invalid ${channel} request: ${summary}`, problems) }
}

/**
 * The service boundary both transports call: an unknown channel or a payload that does not match
 * its schema is refused before any handler runs, and errors come back as values.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  log: Log,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    const name = typeof channel === 'string' ? `"${channel}"` : `of type ${typeof channel}`
    const message = `Unknown channel ${name}`
    return {
      ok: false,
      error: badRequest(message, [
        { path: 'channel', message: `must be one of ${channels.join(', ')}` },
      ]),
    }
  }
  // The schemas recurse into JSON values: a payload nested thousands deep must stop here.
  const deepField = tooDeepField(payload)
  if (deepField !== null) {
    const message = tooDeepMessage()
    return {
      ok: false,
      error: badRequest(`Invalid ${channel} request: ${message}`, [{ path: deepField, message }]),
    }
  }
  const parsed = parseRequest(requestSchemas[channel], channel, payload)
  if (!parsed.ok) return parsed
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    return { ok: false, error: toApiError(error, log) }
  }
}
