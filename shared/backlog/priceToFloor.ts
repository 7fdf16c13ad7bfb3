/**
 * `price-to-floor` (§12): raise a usage price to the breakeven at the feature's floor (§3), for
 * features below their floor at the month. It assumes usage holds at the higher price.
 */
import { paths } from '../model/paths/build'
import { formatPctTrimmed, formatUnitMoney } from '../report/format'
import type { CandidateContext } from './candidateContext'
import type { Lever } from './types'

export function priceToFloorLevers(context: CandidateContext): Lever[] {
  return context.doc.features.flatMap((feature): Lever[] => {
    const result = context.featureResults.get(feature.id)
    const price = feature.pricePerUnit ?? 0
    const breakeven = result?.breakevenPriceAtFloor ?? null
    const margin = result?.grossMarginPct ?? null
    const belowFloor = result !== undefined && margin !== null && margin < result.floorPct
    if (!(price > 0 && belowFloor && breakeven !== null && breakeven > price)) return []
    return [
      {
        id: `price-to-floor:${feature.id}`,
        kind: 'price-to-floor',
        title: `Price ${feature.name} at ${formatUnitMoney(breakeven)} a ${feature.unit}`,
        detail:
          `Raises its usage price from ${formatUnitMoney(price)} to its breakeven at its ` +
          `${formatPctTrimmed(result.floorPct)} floor (cost per ${feature.unit} at ` +
          `${context.monthLabel}); assumes usage does not fall at the higher price.`,
        overrides: [
          { path: paths.feature(feature.id, 'pricePerUnit'), op: 'set', value: breakeven },
        ],
        needsQualityCheck: false,
        featureIds: [feature.id],
      },
    ]
  })
}
