import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channels, desktopChannels } from '../../shared/api'
import type { Dispatcher } from '../common/dispatcher'
import { dispatchDesktop, type DesktopHandlers } from './desktopChannels'
import { failure } from '../common/envelope'

/**
 * Registers every API channel (answered by the service) and every desktop channel (answered in
 * main). Only our own page may call: a frame that navigated elsewhere or an injected subframe is
 * refused before anything sees its payload.
 */
export function registerIpc(service: Dispatcher, desktop: DesktopHandlers, indexUrl: string): void {
  const register = (channel: string, answer: (payload: unknown) => Promise<unknown>) =>
    ipcMain.handle(channel, async (event, payload: unknown) =>
      isTrustedSender(event, indexUrl)
        ? answer(payload)
        : failure('bad-request', `forbidden: '${channel}' called from outside the app's page`),
    )
  for (const channel of channels) register(channel, (payload) => service.dispatch(channel, payload))
  for (const channel of desktopChannels) {
    register(channel, (payload) => dispatchDesktop(desktop, channel, payload))
  }
}

export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  indexUrl: string,
): boolean {
  const url = event.senderFrame?.url
  if (!url) return false
  try {
    // The renderer routes with the fragment; the document itself must be our index.html.
    const page = new URL(url)
    page.hash = ''
    page.search = ''
    return page.href === indexUrl
  } catch {
    return false
  }
}
