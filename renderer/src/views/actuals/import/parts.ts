/**
 * An import's aggregates cut into the parts `actuals/stage` takes: each array of a part holds at
 * most `size` rows, so a request stays a few MB however large the log was.
 */
import { STAGE_PART_ROWS } from '../../../../../shared/actuals/api'
import type { Aggregated } from '../../../../../shared/actuals/aggregate'

/** At least one part, empty when nothing matched: the first part opens the stage the commit needs. */
export function splitIntoParts(all: Aggregated, size: number = STAGE_PART_ROWS): Aggregated[] {
  const longest = Math.max(all.aggregates.length, all.samples.length, all.unmatched.length)
  const count = Math.max(1, Math.ceil(longest / size))
  return Array.from({ length: count }, (_, index) => {
    const start = index * size
    return {
      aggregates: all.aggregates.slice(start, start + size),
      samples: all.samples.slice(start, start + size),
      unmatched: all.unmatched.slice(start, start + size),
    }
  })
}
