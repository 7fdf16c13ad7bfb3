import { extname, join } from 'node:path'
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron'

/**
 * Asks where to save a new file, suggesting `defaultName` in the Documents folder; null when the
 * person cancels. The dialog has already asked about replacing an existing file.
 */
export async function askSavePath(
  window: BrowserWindow,
  title: string,
  defaultName: string,
  filter: FileFilter,
): Promise<string | null> {
  const choice = await dialog.showSaveDialog(window, {
    title,
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: [filter],
  })
  if (choice.canceled || !choice.filePath) return null
  // Linux save dialogs do not add the filter's extension by themselves.
  const extension = `.${filter.extensions[0]}`
  return extname(choice.filePath) ? choice.filePath : `${choice.filePath}${extension}`
}
