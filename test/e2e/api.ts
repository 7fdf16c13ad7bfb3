import type { Channel, Envelope, Request, Response } from '../../shared/api'
import type { RunningHost } from './webHost'

/** Calls the web host's API the way the renderer's HTTP transport does, to check what was stored. */
export async function callApi<C extends Channel>(
  host: RunningHost,
  channel: C,
  request: Request<C>,
): Promise<Response<C>> {
  const reply = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(request),
  })
  const envelope = (await reply.json()) as Envelope<Response<C>>
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}
