import type { Envelope } from '../../shared/api'
import type { DesktopHandlers } from './desktopChannels'
import type { FileOutcome, WorkspaceFiles } from './workspaceFileCommands'

type FileChannel =
  | 'files/create'
  | 'files/open'
  | 'files/openRecent'
  | 'files/saveAs'
  | 'files/importJson'
  | 'files/restoreBackup'

/**
 * The page's `files/*` channels: the page gets `{ done }` or the error, and shows it its own way.
 * After a switch the window reloads, so a `done: true` answer may never be read.
 */
export function fileHandlers(files: WorkspaceFiles): Pick<DesktopHandlers, FileChannel> {
  const answer = async (outcome: Promise<FileOutcome>): Promise<Envelope<{ done: boolean }>> => {
    const result = await outcome
    return result.ok
      ? { ok: true, value: { done: result.done } }
      : { ok: false, error: result.error }
  }
  return {
    'files/create': ({ template }) => answer(files.create(template)),
    'files/open': () => answer(files.open()),
    'files/openRecent': ({ index }) => answer(files.openRecent(index)),
    'files/saveAs': () => answer(files.saveAs()),
    'files/importJson': () => answer(files.importJson()),
    'files/restoreBackup': ({ id }) => answer(files.restoreBackup(id)),
  }
}
