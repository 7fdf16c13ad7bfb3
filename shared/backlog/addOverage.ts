/**
 * `add-overage` (§12): charge per unit beyond an allowance where a plan has no overage for a
 * feature some of its cohorts use heavily. Overage lives on the plan, so there is one lever per
 * plan and feature, whichever of its cohorts trigger it.
 *
 * Judgement calls, each on the conservative side:
 * - Heavy: above the plan's allowance when it has one; without one, a cohort whose cost-to-revenue
 *   is above 0.5. A cohort with no revenue (a free plan) is not heavy: conversion, not overage,
 *   is its lever.
 * - A missing allowance is the median use per seat of the plan's other cohorts using the
 *   feature, or half the heavy cohorts' lowest use when no other cohort uses it.
 * - The overage price is the feature's breakeven at its floor, so an overage unit earns the
 *   floor margin, and usage is assumed to hold.
 */
import { paths } from '../model/paths/build'
import type { Feature, Override, Plan } from '../model/types'
import { formatNumber, formatUnitMoney } from '../report/format'
import type { CandidateContext } from './candidateContext'
import type { Lever } from './types'

const HEAVY_COST_TO_REVENUE = 0.5

interface CohortUse {
  name: string
  unitsPerSeat: number
  costToRevenue: number | null
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const hasOverage = (plan: Plan, featureId: string): boolean =>
  plan.includedUnits?.[featureId] !== undefined && (plan.overagePrice?.[featureId] ?? 0) > 0

/** The plan's cohorts that use the feature, with their cost-to-revenue at the month. */
function usesOf(context: CandidateContext, plan: Plan, feature: Feature): CohortUse[] {
  return context.doc.cohorts.flatMap((cohort) => {
    const usage = cohort.usage.find((entry) => entry.featureId === feature.id)
    if (cohort.planId !== plan.id || !usage || !(usage.unitsPerSeat > 0)) return []
    const costToRevenue = context.cohortResults.get(cohort.id)?.costToRevenue ?? null
    return [{ name: cohort.name, unitsPerSeat: usage.unitsPerSeat, costToRevenue }]
  })
}

function allowanceOf(
  plan: Plan,
  feature: Feature,
  uses: readonly CohortUse[],
  heavy: readonly CohortUse[],
): { units: number; basis: string } {
  const included = plan.includedUnits?.[feature.id]
  if (included !== undefined) return { units: included, basis: 'its allowance' }
  const others = uses.filter((use) => !heavy.includes(use)).map((use) => use.unitsPerSeat)
  if (others.length > 0) {
    return { units: median(others), basis: "the median use of the plan's other cohorts" }
  }
  const lowestHeavy = Math.min(...heavy.map((use) => use.unitsPerSeat))
  return { units: lowestHeavy / 2, basis: "half the heavy cohorts' lowest use" }
}

function overageLever(context: CandidateContext, plan: Plan, feature: Feature): Lever[] {
  const price = context.featureResults.get(feature.id)?.breakevenPriceAtFloor ?? null
  if (hasOverage(plan, feature.id) || price === null || !(price > 0)) return []
  const included = plan.includedUnits?.[feature.id]
  const uses = usesOf(context, plan, feature)
  const heavy = uses.filter((use) =>
    included !== undefined
      ? use.unitsPerSeat > included
      : (use.costToRevenue ?? 0) > HEAVY_COST_TO_REVENUE,
  )
  if (heavy.length === 0) return []
  const allowance = allowanceOf(plan, feature, uses, heavy)
  if (!uses.some((use) => use.unitsPerSeat > allowance.units)) return []
  const overrides: Override[] = []
  if (included === undefined) {
    const path = paths.planEntry(plan.id, 'includedUnits', feature.id)
    overrides.push({ path, op: 'set', value: allowance.units })
  }
  overrides.push({
    path: paths.planEntry(plan.id, 'overagePrice', feature.id),
    op: 'set',
    value: price,
  })
  const heavyUse = heavy
    .map((use) => `${use.name} (${formatNumber(use.unitsPerSeat)} a seat)`)
    .join(', ')
  return [
    {
      id: `add-overage:${plan.id}/${feature.id}`,
      kind: 'add-overage',
      title:
        `Charge ${feature.name} overage on ${plan.name}: ${formatUnitMoney(price)} a ` +
        `${feature.unit} beyond ${formatNumber(allowance.units)} a seat`,
      detail:
        `Heavy use by ${heavyUse}; the allowance is ${allowance.basis} and the price the ` +
        `feature's breakeven at its floor at ${context.monthLabel}; assumes usage holds.`,
      overrides,
      needsQualityCheck: false,
      featureIds: [feature.id],
    },
  ]
}

export function addOverageLevers(context: CandidateContext): Lever[] {
  return context.doc.plans.flatMap((plan) =>
    context.doc.features.flatMap((feature) => overageLever(context, plan, feature)),
  )
}
