import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channels, desktopChannels, pathChannels } from '../../shared/channels'
import type { Dispatcher } from '../common/dispatcher'
import { failure } from '../common/envelope'
import { dispatchDesktop, type DesktopHandlers } from './desktopChannels'

const namesAFile: ReadonlySet<string> = new Set(pathChannels)

/**
 * Registers every API channel (answered by the service) and every desktop channel (answered in
 * main). Only our own page may call: a frame that navigated elsewhere or an injected subframe is
 * refused before anything sees its payload. The page may not name files either: the channels
 * that take a path (shared/channels' pathChannels) are refused, whatever the payload; main calls
 * them itself with the path the person chose in a native dialog (the `files/*` channels).
 */
export function registerIpc(service: Dispatcher, desktop: DesktopHandlers, indexUrl: string): void {
  const register = (channel: string, answer: (payload: unknown) => Promise<unknown>) =>
    ipcMain.handle(channel, async (event, payload: unknown) =>
      isTrustedSender(event, indexUrl)
        ? answer(payload)
        : failure('bad-request', `forbidden: '${channel}' called from outside the app's page`),
    )
  for (const channel of channels) {
    if (namesAFile.has(channel)) {
      register(channel, async () =>
        failure(
          'bad-request',
          `forbidden: the page may not name files, so '${channel}' is not open to it; ` +
            'the files/* channels ask the person in a native dialog',
        ),
      )
    } else {
      register(channel, (payload) => service.dispatch(channel, payload))
    }
  }
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
