import type { BrowserWindow } from 'electron'
import { showError } from './errorBoxes'
import type { MenuActions } from './menu'
import type { FileOutcome, WorkspaceFiles } from './workspaceFileCommands'

/** The menu runs the same commands and shows a refusal in a native dialog. */
export function menuActions(files: WorkspaceFiles, window: BrowserWindow): MenuActions {
  const run = async (outcome: Promise<FileOutcome>): Promise<void> => {
    const result = await outcome
    if (!result.ok) await showError(window, result.title, result.error)
  }
  return {
    newWorkspace: (template) => run(files.create(template)),
    open: () => run(files.open()),
    openPath: (path) => run(files.openPath(path)),
    saveAs: () => run(files.saveAs()),
    importJson: () => run(files.importJson()),
    exportJson: () => run(files.exportJson()),
  }
}
