import type { Channel, Envelope, Request, Response } from '../../shared/api'

/**
 * What answers the API: the WorkspaceService itself (web host, CLI) or, in the desktop app, main's
 * bridge to the service's utility process. Either way errors come back as envelopes, never throws.
 */
export interface Dispatcher {
  dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>>
}

/**
 * `dispatch` takes untyped input because it also serves raw IPC and HTTP payloads; requests built
 * in code are typed, so their responses are too.
 */
export function callService<C extends Channel>(
  service: Dispatcher,
  channel: C,
  request: Request<C>,
): Promise<Envelope<Response<C>>> {
  return service.dispatch(channel, request) as Promise<Envelope<Response<C>>>
}
