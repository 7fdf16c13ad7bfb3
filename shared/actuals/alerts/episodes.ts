/**
 * A per-day condition as episodes (DESIGN.md §10): an episode opens on the first day the condition
 * holds and closes on the first day it does not; a later return is a new episode.
 */

export interface Episode {
  /** The day (its position in the range) the condition first held. */
  open: number
  /** The first day after `open` it no longer held; null: it held to the last day. */
  close: number | null
}

export function episodes(length: number, holds: (day: number) => boolean): Episode[] {
  const found: Episode[] = []
  let open: number | null = null
  for (let day = 0; day < length; day++) {
    const now = holds(day)
    if (now && open === null) open = day
    if (!now && open !== null) {
      found.push({ open, close: day })
      open = null
    }
  }
  if (open !== null) found.push({ open, close: null })
  return found
}
