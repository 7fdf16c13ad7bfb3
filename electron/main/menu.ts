import { basename } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'

/** Each action reports its own failures (in a dialog), so callers need not await them. */
export interface MenuActions {
  newWorkspace(template: 'blank' | 'demo'): Promise<void>
  open(): Promise<void>
  openPath(path: string): Promise<void>
  saveAs(): Promise<void>
  importJson(): Promise<void>
  exportJson(): Promise<void>
}

/**
 * The application menu. Edit has clipboard roles but no undo/redo roles: the renderer owns
 * workspace undo (Ctrl/Cmd+Z), and a native undo item would swallow the shortcut.
 */
export function menuTemplate(
  actions: MenuActions,
  recent: readonly string[],
  isMac: boolean,
  /** Development only: a packaged app offers no DevTools (its window has them disabled too). */
  devTools = false,
): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const recentItems: MenuItemConstructorOptions[] =
    recent.length > 0
      ? recent.map((path) => ({
          label: `${basename(path)}  (${path})`,
          click: () => void actions.openPath(path),
        }))
      : [{ label: 'No recent workspaces', enabled: false }]
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'New Workspace…',
        accelerator: 'CmdOrCtrl+N',
        click: () => void actions.newWorkspace('blank'),
      },
      { label: 'New from Demo…', click: () => void actions.newWorkspace('demo') },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => void actions.open() },
      { label: 'Open Recent', submenu: recentItems },
      separator,
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void actions.saveAs() },
      separator,
      { label: 'Import JSON…', click: () => void actions.importJson() },
      { label: 'Export JSON…', click: () => void actions.exportJson() },
      // macOS keeps Quit in the app menu.
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...(devTools ? [{ role: 'toggleDevTools' } as const] : []),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    { role: 'windowMenu' },
  ]
}
