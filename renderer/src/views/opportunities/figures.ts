/**
 * How the Opportunities view words its figures: signed differences as the comparison tables sign
 * them (reportTable.formatCell), margins as every screen shows them.
 */
import type { FeatureDelta } from '../../../../shared/backlog'
import { formatPct } from '../../../../shared/report/format'
import { formatCell } from '../../../../shared/report/reportTable'

/** "+$1,015,200", "−$3,000". */
export const formatGain = (dollars: number): string => formatCell('moneyDelta', dollars)

/** "+16.9 pts"; "—" without a margin. */
export const formatPtsChange = (points: number | null): string => formatCell('pts', points)

/** "10.0% → 94.6%". */
export function marginChange(delta: FeatureDelta): string {
  return `${formatPct(delta.marginBefore)} → ${formatPct(delta.marginAfter)}`
}

/** A probability (0..1) as a whole percent: "24%"; a rare chance is "<1%", never "0%". */
export function formatChance(probability: number): string {
  if (probability > 0 && probability < 0.005) return '<1%'
  if (probability < 1 && probability > 0.995) return '>99%'
  return formatPct(probability * 100, 0)
}

/** "24% → 9%". */
export const riskChange = (before: number, after: number): string =>
  `${formatChance(before)} → ${formatChance(after)}`
