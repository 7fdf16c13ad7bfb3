import type { PriceGap } from '../../../../../shared/actuals/analysis/recost'

export interface PriceGapLine {
  modelId: string
  /** How many days of the window the model's bill was off the price book. */
  days: number
  /** The latest of them, whose message the strip shows. */
  latest: PriceGap
}

/**
 * One line per model, its latest flagged day first in mind: a stale price is off every day until
 * fixed, and sixty copies of the same sentence would bury the other models.
 */
export function priceGapLines(gaps: readonly PriceGap[]): PriceGapLine[] {
  const lines = new Map<string, PriceGapLine>()
  // Gaps come sorted by day, so the last one seen per model is its latest.
  for (const gap of gaps) {
    const line = lines.get(gap.modelId)
    lines.set(gap.modelId, { modelId: gap.modelId, days: (line?.days ?? 0) + 1, latest: gap })
  }
  return [...lines.values()]
}
