import type { BackupEntry } from '../../../shared/api'

export interface RotationPolicy {
  /** The newest automatic backups always kept. */
  keepLast: number
  /** Beyond those, the newest automatic backup of each (local) day within this many days. */
  dailyForDays: number
}

export const defaultRotation: RotationPolicy = { keepLast: 10, dailyForDays: 14 }

const DAY_MS = 24 * 60 * 60 * 1000

/** Newest first; the id (time, then random) breaks ties between backups of the same instant. */
export function newestFirst(a: BackupEntry, b: BackupEntry): number {
  const byTime = Date.parse(b.takenAt) - Date.parse(a.takenAt)
  if (byTime !== 0) return byTime
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/**
 * The automatic backups rotation removes: all but the newest `keepLast` and the newest of each
 * day of the last `dailyForDays` days. Named backups are the person's and are never removed.
 */
export function backupsToRotate(
  entries: readonly BackupEntry[],
  now: Date,
  policy: RotationPolicy = defaultRotation,
): BackupEntry[] {
  const automatic = entries.filter((entry) => entry.kind === 'automatic').sort(newestFirst)
  const kept = new Set(automatic.slice(0, policy.keepLast).map((entry) => entry.id))
  const since = now.getTime() - policy.dailyForDays * DAY_MS
  const days = new Set<string>()
  for (const entry of automatic) {
    const takenAt = new Date(entry.takenAt)
    if (takenAt.getTime() < since) continue
    const day = localDay(takenAt)
    if (days.has(day)) continue
    days.add(day)
    kept.add(entry.id)
  }
  return automatic.filter((entry) => !kept.has(entry.id))
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}
