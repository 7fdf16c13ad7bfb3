/**
 * The renderer's only door to the workspace service. The transport (Electron IPC through the
 * preload, or HTTP to the loopback web host) is chosen once at start-up; nothing else in the
 * renderer can tell which one it is.
 */
import type { Channel, Invoke, Request, Response } from '../../../shared/api'
import { ApiFailure, transportError } from './apiFailure'
import { createHttpInvoke, tokenFromHash } from './httpInvoke'

declare global {
  interface Window {
    marginPlanner?: { invoke: Invoke }
  }
}

function chooseInvoke(): Invoke {
  const bridge = window.marginPlanner
  if (bridge !== undefined) return (channel, request) => bridge.invoke(channel, request)
  const token = tokenFromHash(window.location.hash)
  if (token !== null) return createHttpInvoke(token)
  return async () => ({
    ok: false,
    error: transportError(
      'Open the planner from the link the web host printed (it carries #token=…).',
    ),
  })
}

/** Chosen on the first call (at start-up, the workspace load) and kept for the session. */
let invoke: Invoke | null = null

export const api = {
  async call<C extends Channel>(channel: C, request: Request<C>): Promise<Response<C>> {
    invoke ??= chooseInvoke()
    const envelope = await invoke(channel, request)
    if (!envelope.ok) throw new ApiFailure(envelope.error)
    return envelope.value
  },
}
