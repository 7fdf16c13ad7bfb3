/**
 * How a cohort's AI part of subscription revenue is split across the features it uses
 * (DESIGN.md §3): by units × calls per unit, by cost, or equally.
 */
import type { CompiledDoc } from './compiledDoc'
import type { CohortMonth, UsageLine } from './monthLedger'

function weightOf(line: UsageLine, compiled: CompiledDoc, attribution: string): number {
  switch (attribution) {
    case 'usage':
      return line.units * compiled.features[line.usage.feature]!.callsPerUnit
    case 'cost':
      return line.variableCost + line.fixedCost
    default:
      return line.units > 0 ? 1 : 0
  }
}

/** The AI subscription revenue attributed to each of the cohort's usage lines, in line order. */
export function attributedAiSubscription(cohort: CohortMonth, compiled: CompiledDoc): number[] {
  const { plan } = cohort.cohort
  const aiSubscription = (cohort.subscription * plan.aiRevenueSharePct) / 100
  const weights = cohort.lines.map((line) => weightOf(line, compiled, plan.attribution))
  let total = 0
  for (const weight of weights) total += weight
  if (total > 0) return weights.map((weight) => (aiSubscription * weight) / total)
  // All weights 0: split equally among the features with units; with none, nothing is attributed.
  const used = cohort.lines.filter((line) => line.units > 0).length
  return cohort.lines.map((line) => (used > 0 && line.units > 0 ? aiSubscription / used : 0))
}
