/** A step's observed model mix: each model's share of its calls, to 0.1, summing to exactly 100. */
import type { MixEntry } from '../../model/types'

/** Shares are counted in tenths of a percent so the sum is an integer: 1,000 tenths. */
const TENTHS = 1000

/**
 * Largest remainder: every model gets its share rounded down to 0.1, and the tenths left over go
 * to the largest remainders (ties: the model with more calls, then the earlier in `calls`). Plain
 * rounding would give three equal models 33.3 each, a mix of 99.9.
 */
export function mixByCalls(calls: ReadonlyMap<string, number>): MixEntry[] {
  let total = 0
  for (const count of calls.values()) total += count
  if (total === 0) return []
  const shares = [...calls].map(([modelId, count], order) => {
    const exact = (count * TENTHS) / total
    const tenths = Math.floor(exact)
    return { modelId, count, order, tenths, remainder: exact - tenths }
  })
  let left = TENTHS - shares.reduce((sum, share) => sum + share.tenths, 0)
  const byRemainder = [...shares].sort(
    (a, b) => b.remainder - a.remainder || b.count - a.count || a.order - b.order,
  )
  for (const share of byRemainder) {
    if (left === 0) break
    share.tenths += 1
    left -= 1
  }
  return shares.map(({ modelId, tenths }) => ({ modelId, sharePct: tenths / 10 }))
}
