import {
  desktopRequestSchemas,
  isDesktopChannel,
  type DesktopChannel,
  type DesktopResponse,
  type Envelope,
} from '../../shared/api'
import type { z } from 'zod'
import { parseRequest } from '../service/dispatch'
import { failure } from '../common/envelope'

/** What main answers itself, on the desktop-only channels (they open native dialogs). */
export type DesktopHandlers = {
  [C in DesktopChannel]: (
    request: z.output<(typeof desktopRequestSchemas)[C]>,
  ) => Promise<Envelope<DesktopResponse<C>>>
}

/** The same boundary as the service's: a payload that does not match is refused, naming fields. */
export async function dispatchDesktop(
  handlers: DesktopHandlers,
  channel: unknown,
  payload: unknown,
): Promise<Envelope<unknown>> {
  if (!isDesktopChannel(channel))
    return failure('bad-request', `unknown channel '${String(channel)}'`)
  const parsed = parseRequest(desktopRequestSchemas[channel], channel, payload)
  if (!parsed.ok) return parsed
  // The schema and the handler are looked up by the same channel, so they agree.
  const handler = handlers[channel] as (request: unknown) => Promise<Envelope<unknown>>
  return handler(parsed.data)
}
