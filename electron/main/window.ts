import { basename } from 'node:path'
import { app, BrowserWindow } from 'electron'

export const appName = 'AI Margin Planner'

/**
 * The renderer runs sandboxed and isolated with no Node: everything it can do goes through the
 * preload's `invoke`, and it can neither navigate away from the app nor open other windows.
 */
export function createMainWindow(paths: { preload: string; indexUrl: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: appName,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // DevTools would let anyone run code with the page's bridge: only in development.
      devTools: !app.isPackaged,
    },
  })
  window.once('ready-to-show', () => window.show())
  // Main names the window after the workspace file; the page's own <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault())
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  // Served by the app:// protocol (appProtocol.ts), never from file://.
  void window.loadURL(paths.indexUrl)
  return window
}

export function windowTitle(workspacePath: string): string {
  return `${basename(workspacePath)} — ${appName}`
}
