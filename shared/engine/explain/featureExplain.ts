/** A feature's monthly figures (DESIGN.md §3 "Features"): units, revenue, margins, breakeven. */
import { attributedAiSubscription } from '../attribution'
import type { ExplainContext, FeatureAt } from './context'
import { cohortName, lineUnitsTerm, linesOf } from './cohortParts'
import { explainCostPerUnit, explainCostPerUnitP95 } from './featureCost'
import { featureCell, planCell } from './targets'
import { marginOf, sumOf, sumTerm, type Explanation, type Term } from './types'

export function explainUnits(context: ExplainContext, feature: FeatureAt): Explanation {
  const terms = linesOf(context, feature).map(({ month, line }, i): Term => {
    const units = lineUnitsTerm(month, line, feature.doc.id)
    const label = cohortName(context, month.cohort.id)
    return { ...units, key: `c${i}`, label, explain: { ...units.explain!, label } }
  })
  const note = terms.length === 0 ? 'No cohort uses this feature.' : undefined
  return sumOf('Units / month', feature.result.units, 'count', terms, note)
}

/** Σ over the cohorts of one kind of revenue, a term per cohort that has any. */
function perCohortTerm(
  key: string,
  label: string,
  parts: { name: string; value: number; planId: string; column: string }[],
): Term | null {
  const shown = parts.filter((part) => part.value !== 0)
  if (shown.length === 0) return null
  const terms = shown.map((part, i): Term => {
    const target = planCell(part.planId, part.column)
    return { key: `c${i}`, label: part.name, value: part.value, format: 'money', target }
  })
  return sumTerm(key, label, 'money', terms)
}

export function explainRevenue(context: ExplainContext, feature: FeatureAt): Explanation {
  const lines = linesOf(context, feature)
  const { units } = feature.result
  const price = feature.compiled.pricePerUnit
  const terms: Term[] = []
  if (price !== 0) {
    const value = units * price
    terms.push({
      key: 'usage',
      label: 'Usage revenue',
      value,
      format: 'money',
      explain: {
        label: 'Usage revenue',
        value,
        format: 'money',
        formula: '{units} × {price}',
        terms: [
          {
            key: 'units',
            label: 'Units / month',
            value: units,
            format: 'count',
            target: featureCell(feature.doc.id, 'units'),
          },
          {
            key: 'price',
            label: 'Price / unit',
            value: price,
            format: 'unitMoney',
            target: featureCell(feature.doc.id, 'pricePerUnit'),
          },
        ],
      },
    })
  }
  // Each cohort month's row and its subscription's AI share by line, found once a month.
  const cohorts = new Map(
    [...new Set(lines.map(({ month }) => month))].map((month) => {
      const cohort = context.compiled.doc.cohorts.find((c) => c.id === month.cohort.id)!
      const shares = attributedAiSubscription(month, context.compiled)
      return [month, { name: cohort.name, planId: cohort.planId, shares }]
    }),
  )
  const parts = (
    pick: (entry: (typeof lines)[number], shares: number[]) => number,
    column: string,
  ) =>
    lines.map((entry) => {
      const { name, planId, shares } = cohorts.get(entry.month)!
      return { name, value: pick(entry, shares), planId, column }
    })
  const overage = perCohortTerm(
    'overage',
    'Overage',
    parts(({ line }) => line.overage, 'name'),
  )
  if (overage !== null) terms.push(overage)
  const subscription = perCohortTerm(
    'subscription',
    'Share of subscriptions',
    parts(({ index }, shares) => shares[index]!, 'aiRevenueSharePct'),
  )
  if (subscription !== null) terms.push(subscription)
  const note =
    terms.length === 0 ? 'No usage price, overage or AI share of a subscription.' : undefined
  return sumOf('Revenue / month', feature.result.revenue, 'money', terms, note)
}

const cell = (
  feature: FeatureAt,
  column: string,
  label: string,
  value: number | null,
  format: Term['format'],
  explain?: Explanation,
): Term => ({
  key: column,
  label,
  value,
  format,
  target: featureCell(feature.doc.id, column),
  ...(explain === undefined ? {} : { explain }),
})

/** The feature's Revenue / month cell, explained. */
const revenueCell = (context: ExplainContext, feature: FeatureAt): Term =>
  cell(
    feature,
    'revenue',
    'Revenue / month',
    feature.result.revenue,
    'money',
    explainRevenue(context, feature),
  )

/** The feature's Units / month cell, explained. */
const unitsCell = (context: ExplainContext, feature: FeatureAt): Term =>
  cell(
    feature,
    'units',
    'Units / month',
    feature.result.units,
    'count',
    explainUnits(context, feature),
  )

/** The feature's Cost / unit cell, explained. */
const costPerUnitCell = (context: ExplainContext, feature: FeatureAt): Term =>
  cell(
    feature,
    'costPerUnit',
    'Cost / unit',
    feature.result.costPerUnit,
    'unitMoney',
    explainCostPerUnit(context, feature),
  )

export function explainRevenuePerUnit(context: ExplainContext, feature: FeatureAt): Explanation {
  const { revenuePerUnit } = feature.result
  return {
    label: 'Revenue / unit',
    value: revenuePerUnit,
    format: 'unitMoney',
    formula: '{revenue} ÷ {units}',
    terms: [revenueCell(context, feature), unitsCell(context, feature)],
    ...(revenuePerUnit === null ? { note: 'No units this month.' } : {}),
  }
}

function cogsTerm(context: ExplainContext, feature: FeatureAt): Term {
  const { cogs, costPerUnit } = feature.result
  const explain: Explanation =
    costPerUnit === null
      ? {
          label: 'COGS / month',
          value: cogs,
          format: 'money',
          formula: '{fixed}',
          terms: [{ key: 'fixed', label: 'Fixed cost / month', value: cogs, format: 'money' }],
          note: 'No units: only the fixed cost.',
        }
      : {
          label: 'COGS / month',
          value: cogs,
          format: 'money',
          formula: '{units} × {costPerUnit}',
          terms: [unitsCell(context, feature), costPerUnitCell(context, feature)],
        }
  return { key: 'cogs', label: 'COGS / month', value: cogs, format: 'money', explain }
}

export function explainMargin(context: ExplainContext, feature: FeatureAt): Explanation {
  return marginOf(
    'Margin',
    feature.result.grossMarginPct,
    revenueCell(context, feature),
    cogsTerm(context, feature),
    'No revenue this month: a margin needs revenue.',
  )
}

export function explainP95Margin(context: ExplainContext, feature: FeatureAt): Explanation {
  const { revenuePerUnit, costPerUnitP95, p95MarginPct } = feature.result
  return marginOf(
    'P95 margin',
    p95MarginPct,
    cell(
      feature,
      'revenuePerUnit',
      'Revenue / unit',
      revenuePerUnit,
      'unitMoney',
      explainRevenuePerUnit(context, feature),
    ),
    cell(
      feature,
      'costPerUnitP95',
      'P95 cost / unit',
      costPerUnitP95,
      'unitMoney',
      explainCostPerUnitP95(context, feature),
    ),
    'Needs units and revenue this month.',
  )
}

export function explainBreakevenAtFloor(context: ExplainContext, feature: FeatureAt): Explanation {
  const { breakevenPriceAtFloor, floorPct } = feature.result
  return {
    label: 'Breakeven price at floor',
    value: breakevenPriceAtFloor,
    format: 'unitMoney',
    formula: '{costPerUnit} ÷ (1 − {floorPct})',
    terms: [
      costPerUnitCell(context, feature),
      cell(feature, 'floorPct', 'Margin floor', floorPct, 'pct'),
    ],
    ...(breakevenPriceAtFloor === null ? { note: 'No units this month: no cost per unit.' } : {}),
  }
}
