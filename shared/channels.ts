/**
 * The channel names of the API, kept free of any import so the sandboxed Electron preload can
 * check a channel without bundling the payload schemas of shared/api.ts.
 */
export const channels = [
  'workspace/current',
  'workspace/open',
  'workspace/create',
  'workspace/saveAs',
  'workspace/recent',
  'workspace/importJson',
  'workspace/exportJson',
  'workspace/takeOver',
  'workspace/status',
  'edits/apply',
  'reports/start',
  'reports/status',
  'reports/cancel',
  'reports/download',
  'reports/save',
  'catalog/models',
  'catalog/refresh',
  'catalog/reset',
  'prices/preview',
  'backups/list',
  'backups/take',
  'backups/open',
  'backups/restore',
  'backups/delete',
  'actuals/stage',
  'actuals/commit',
  'actuals/discard',
  'actuals/importRevenue',
  'actuals/imports',
  'actuals/overview',
  'actuals/calibration',
  'actuals/alerts',
] as const

/**
 * The channels that name a file on disk. In the desktop app the page may not call them: main
 * calls them itself with a path the person chose in a native dialog (the `files/*` channels).
 */
export const pathChannels = [
  'workspace/open',
  'workspace/create',
  'workspace/saveAs',
  'workspace/importJson',
  'reports/save',
  'backups/restore',
] as const satisfies readonly (typeof channels)[number][]

export type Channel = (typeof channels)[number]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channels as readonly string[]).includes(name)
}

/**
 * Channels only the desktop app answers, in Electron main, because they open native dialogs.
 * The web host does not know them; the browser does the same work with its own means.
 */
export const desktopChannels = [
  'reports/saveDialog',
  'files/create',
  'files/open',
  'files/openRecent',
  'files/saveAs',
  'files/importJson',
  'files/restoreBackup',
] as const

export type DesktopChannel = (typeof desktopChannels)[number]

export function isDesktopChannel(name: unknown): name is DesktopChannel {
  return typeof name === 'string' && (desktopChannels as readonly string[]).includes(name)
}
