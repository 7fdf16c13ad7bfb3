import type { ArrayRule } from './schemaTypes'
import { formatNumber } from './describeValue'
import { isRecord } from './access'

/** §2: mix shares sum to 100, within ±0.01 (a hair more, so 3 × 33.33 passes despite float noise). */
const SHARE_SUM_TOLERANCE = 0.01 + 1e-9

export const sharesSumTo100: ArrayRule = (items, path, report) => {
  let sum = 0
  for (const item of items) {
    const share = isRecord(item) ? item.sharePct : undefined
    // A malformed share is already reported where it stands; a sum over it would only add noise.
    if (typeof share !== 'number' || !Number.isFinite(share)) return
    sum += share
  }
  if (items.length > 0 && Math.abs(sum - 100) > SHARE_SUM_TOLERANCE) {
    report(path, `shares sum to ${formatNumber(sum)}, expected 100`)
  }
}
