/**
 * The renderer's only door to the workspace service. The transport (Electron IPC through the
 * preload, or HTTP to the loopback web host) is chosen once at start-up; nothing else in the
 * renderer can tell which one it is, except through `isDesktop` for what only main can do.
 */
import type {
  Channel,
  DesktopChannel,
  DesktopInvoke,
  DesktopRequest,
  DesktopResponse,
  Envelope,
  Invoke,
  Request,
  Response,
} from '../../../shared/api'
import { ApiFailure, transportError } from './apiFailure'
import { createHttpInvoke, tokenFromHash } from './httpInvoke'

declare global {
  interface Window {
    /** The desktop app's preload; its `invoke` also carries the desktop-only channels. */
    marginPlanner?: { invoke: Invoke & DesktopInvoke }
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

function valueOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new ApiFailure(envelope.error)
  return envelope.value
}

/** Chosen on the first call (at start-up, the workspace load) and kept for the session. */
let invoke: Invoke | null = null

export const api = {
  async call<C extends Channel>(channel: C, request: Request<C>): Promise<Response<C>> {
    invoke ??= chooseInvoke()
    return valueOf(await invoke(channel, request))
  },

  /** The desktop app: main can open native dialogs (the browser downloads instead). */
  isDesktop(): boolean {
    return window.marginPlanner !== undefined
  },

  async callDesktop<C extends DesktopChannel>(
    channel: C,
    request: DesktopRequest<C>,
  ): Promise<DesktopResponse<C>> {
    const bridge = window.marginPlanner
    if (bridge === undefined) {
      throw new ApiFailure(transportError(`${channel} is answered only by the desktop app.`))
    }
    return valueOf(await bridge.invoke(channel, request))
  },
}
