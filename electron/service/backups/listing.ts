import { join } from 'node:path'
import type { BackupEntry } from '../../../shared/api'
import type { Log } from '../log'
import { workspaceFolder } from './backupFolder'
import { entryOf, readAllMetadata } from './metadata'

/** The backups an app with data folder `dataDir` keeps of the file at `workspacePath`. */
export function listBackupsOf(dataDir: string, workspacePath: string, log: Log): BackupEntry[] {
  return readAllMetadata(workspaceFolder(join(dataDir, 'backups'), workspacePath), log).map(entryOf)
}
