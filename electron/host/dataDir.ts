import { homedir } from 'node:os'
import { join } from 'node:path'

const appFolder = 'ai-margin-planner'

/** Where the web host keeps its recent list and default workspace, per each OS's convention. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolder)
  }
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', appFolder)
  }
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), appFolder)
}
