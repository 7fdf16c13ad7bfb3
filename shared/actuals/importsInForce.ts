/**
 * What is left of each import: an import replaces its source's days from its first to its last
 * (§9), so an older import of the same source holds only the days no newer one covers. The
 * Imports page says so, lest two cards of one file read as data counted twice.
 */
import { addDays } from './days'
import type { ImportRecord } from './types'

export type ImportStanding = 'in-force' | 'partly-replaced' | 'replaced'

/** Each import's standing by id. */
export function importStandings(imports: readonly ImportRecord[]): Map<number, ImportStanding> {
  const standings = new Map<number, ImportStanding>()
  for (const record of imports) {
    const { firstDay, lastDay } = record
    if (firstDay === null || lastDay === null) {
      standings.set(record.id, 'in-force')
      continue
    }
    const newer = imports
      .filter((other) => other.id > record.id && other.source === record.source)
      .flatMap((other) =>
        other.firstDay === null || other.lastDay === null
          ? []
          : [{ from: other.firstDay, to: other.lastDay }],
      )
      .filter((range) => range.from <= lastDay && range.to >= firstDay)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    if (newer.length === 0) {
      standings.set(record.id, 'in-force')
      continue
    }
    // Walk the newer ranges in order: covered whole when no day of [first, last] falls between.
    let uncovered = firstDay
    for (const range of newer) {
      if (range.from > uncovered) break
      if (range.to >= uncovered) uncovered = addDays(range.to, 1)
    }
    standings.set(record.id, uncovered > lastDay ? 'replaced' : 'partly-replaced')
  }
  return standings
}
