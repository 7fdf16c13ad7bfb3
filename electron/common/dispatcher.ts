import type { Channel, Envelope, Request, Response } from '../../shared/api'
import type { WorkspaceService } from '../service'

export type Dispatcher = Pick<WorkspaceService, 'dispatch'>

/**
 * `dispatch` takes untyped input because it also serves raw IPC and HTTP payloads; requests built
 * here in main are typed, so their responses are too.
 */
export function callService<C extends Channel>(
  service: Dispatcher,
  channel: C,
  request: Request<C>,
): Promise<Envelope<Response<C>>> {
  return service.dispatch(channel, request) as Promise<Envelope<Response<C>>>
}
