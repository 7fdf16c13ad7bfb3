import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultDataDir } from './dataDir'

export const defaultPort = 5757

export const usage = `usage: npm run web -- [--port N] [--workspace FILE.marginplan] [--no-open] [--data-dir DIR]
  --port N        loopback port; 0 picks a free one (default ${defaultPort}, or a free one when taken)
  --workspace F   open this workspace file
  --no-open       print the URL without opening a browser
  --data-dir DIR  where the recent list and the demo copy live (default ${defaultDataDir()})`

export interface HostArgs {
  /** null: the default port, or any free one if it is taken. */
  port: number | null
  workspace: string | undefined
  open: boolean
  dataDir: string
}

/** The host's command line; throws an Error whose message names the bad option. */
export function parseHostArgs(argv: string[]): HostArgs | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) return 'help'
  const port = values.port === undefined ? null : Number(values.port)
  if (port !== null && !(/^\d+$/.test(values.port ?? '') && port <= 65535)) {
    throw new Error(`--port: '${values.port}' is not a port number (0..65535)`)
  }
  return {
    port,
    workspace: values.workspace === undefined ? undefined : resolve(values.workspace),
    open: !values['no-open'],
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
  }
}
