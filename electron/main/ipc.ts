import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channels } from '../../shared/api'
import type { Dispatcher } from './callService'
import { failure } from './envelope'

/**
 * Registers every API channel. Only our own page may call: a frame that navigated elsewhere or an
 * injected subframe is refused before the service sees its payload.
 */
export function registerIpc(service: Dispatcher, indexUrl: string): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown) =>
      isTrustedSender(event, indexUrl)
        ? service.dispatch(channel, payload)
        : failure('bad-request', `forbidden: '${channel}' called from outside the app's page`),
    )
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
