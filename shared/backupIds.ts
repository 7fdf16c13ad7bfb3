/**
 * What a backup id may hold: letters, digits, "-" and "_", at most 100 of them. An id names two
 * files in the backups folder, so nothing else (no dot, no slash) may reach a path.
 */
export const BACKUP_ID_PATTERN = /^[0-9A-Za-z_-]{1,100}$/
