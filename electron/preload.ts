/**
 * The renderer's only door to the app: `window.marginPlanner.invoke(channel, payload)` for the
 * channels of shared/api and the desktop-only ones main answers. Anything else is answered here,
 * without reaching ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { Envelope } from '../shared/api'
import { isChannel, isDesktopChannel } from '../shared/channels'
import { failure } from './common/envelope'

const marginPlanner = {
  invoke(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    if (!isChannel(channel) && !isDesktopChannel(channel)) {
      return Promise.resolve(failure('bad-request', `unknown channel '${String(channel)}'`))
    }
    return ipcRenderer.invoke(channel, payload) as Promise<Envelope<unknown>>
  },
}

contextBridge.exposeInMainWorld('marginPlanner', marginPlanner)
