import { basename } from 'node:path'
import { BrowserWindow } from 'electron'

export const appName = 'AI Margin Planner'

/**
 * The renderer runs sandboxed and isolated with no Node: everything it can do goes through the
 * preload's `invoke`, and it can neither navigate away from the app nor open other windows.
 */
export function createMainWindow(paths: { preload: string; indexHtml: string }): BrowserWindow {
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
    },
  })
  window.once('ready-to-show', () => window.show())
  // Main names the window after the workspace file; the page's own <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault())
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  void window.loadFile(paths.indexHtml)
  return window
}

export function windowTitle(workspacePath: string): string {
  return `${basename(workspacePath)} — ${appName}`
}
