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
] as const

export type Channel = (typeof channels)[number]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channels as readonly string[]).includes(name)
}
