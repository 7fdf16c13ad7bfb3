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
] as const

export type Channel = (typeof channels)[number]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channels as readonly string[]).includes(name)
}

/**
 * Channels only the desktop app answers, in Electron main, because they open native dialogs.
 * The web host does not know them; the browser does the same work with its own means.
 */
export const desktopChannels = ['reports/saveDialog'] as const

export type DesktopChannel = (typeof desktopChannels)[number]

export function isDesktopChannel(name: unknown): name is DesktopChannel {
  return typeof name === 'string' && (desktopChannels as readonly string[]).includes(name)
}
