/**
 * Where a Chromium to print with lives: MARGIN_CHROMIUM when set, else the usual install
 * locations and names on PATH. The Electron app prints with its own Chromium; this is for the
 * CLI and the web host, which run on plain Node.
 */
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

export const chromiumEnvVar = 'MARGIN_CHROMIUM'

const installPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]

const commandNames = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
]

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError'
}

/** Throws ChromiumNotFoundError saying what to install, or what is wrong with MARGIN_CHROMIUM. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[chromiumEnvVar]
  if (configured !== undefined && configured !== '') {
    if (isExecutable(configured)) return configured
    throw new ChromiumNotFoundError(
      `${chromiumEnvVar} is set to ${configured}, which is not an executable file.`,
    )
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => commandNames.map((name) => join(dir, name)))
  const found = [...installPaths, ...onPath].find(isExecutable)
  if (found !== undefined) return found
  throw new ChromiumNotFoundError(
    'Printing a PDF needs Chromium or Google Chrome, and neither was found. Install Chromium ' +
      `(Debian and Ubuntu: apt install chromium) or Google Chrome, or set ${chromiumEnvVar} to ` +
      'the path of its executable.',
  )
}
