/** A feature's monthly figures (DESIGN.md §3 "Features"): units, revenue, margins, breakeven. */
import { attributedAiSubscription } from '../attribution'
import type { ExplainContext, FeatureAt } from './context'
import { cohortName, lineUnitsTerm } from './cohortParts'
import { explainCostPerUnit, explainCostPerUnitP95 } from './featureCost'
import { featureCell, planCell } from './targets'
import { sumOf, type Explanation, type Term } from './types'

/** The feature's usage lines with the cohort month each belongs to, and its index there. */
function linesOf(context: ExplainContext, feature: FeatureAt) {
  return context.ledger.cohorts.flatMap((month) =>
    month.lines.flatMap((line, index) =>
      line.usage.feature === feature.index ? [{ month, line, index }] : [],
    ),
  )
}

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
  let value = 0
  const terms = shown.map((part, i): Term => {
    value += part.value
    const target = planCell(part.planId, part.column)
    return { key: `c${i}`, label: part.name, value: part.value, format: 'money', target }
  })
  return { key, label, value, format: 'money', explain: sumOf(label, value, 'money', terms) }
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
  const parts = (pick: (entry: (typeof lines)[number]) => number, column: string) =>
    lines.map((entry) => ({
      name: cohortName(context, entry.month.cohort.id),
      value: pick(entry),
      planId: context.compiled.doc.cohorts.find((c) => c.id === entry.month.cohort.id)!.planId,
      column,
    }))
  const overage = perCohortTerm(
    'overage',
    'Overage',
    parts(({ line }) => line.overage, 'name'),
  )
  if (overage !== null) terms.push(overage)
  const subscription = perCohortTerm(
    'subscription',
    'Share of subscriptions',
    parts(
      ({ month, index }) => attributedAiSubscription(month, context.compiled)[index]!,
      'aiRevenueSharePct',
    ),
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

export function explainRevenuePerUnit(context: ExplainContext, feature: FeatureAt): Explanation {
  const { revenue, units, revenuePerUnit } = feature.result
  return {
    label: 'Revenue / unit',
    value: revenuePerUnit,
    format: 'unitMoney',
    formula: '{revenue} ÷ {units}',
    terms: [
      cell(
        feature,
        'revenue',
        'Revenue / month',
        revenue,
        'money',
        explainRevenue(context, feature),
      ),
      cell(feature, 'units', 'Units / month', units, 'count', explainUnits(context, feature)),
    ],
    ...(revenuePerUnit === null ? { note: 'No units this month.' } : {}),
  }
}

function cogsTerm(context: ExplainContext, feature: FeatureAt): Term {
  const { cogs, units, costPerUnit } = feature.result
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
          terms: [
            cell(feature, 'units', 'Units / month', units, 'count', explainUnits(context, feature)),
            cell(
              feature,
              'costPerUnit',
              'Cost / unit',
              costPerUnit,
              'unitMoney',
              explainCostPerUnit(context, feature),
            ),
          ],
        }
  return { key: 'cogs', label: 'COGS / month', value: cogs, format: 'money', explain }
}

export function explainMargin(context: ExplainContext, feature: FeatureAt): Explanation {
  const { revenue, grossMarginPct } = feature.result
  return {
    label: 'Margin',
    value: grossMarginPct,
    format: 'pct',
    formula: '({revenue} − {cogs}) ÷ {revenue}',
    terms: [
      cell(
        feature,
        'revenue',
        'Revenue / month',
        revenue,
        'money',
        explainRevenue(context, feature),
      ),
      cogsTerm(context, feature),
    ],
    ...(grossMarginPct === null ? { note: 'No revenue this month: a margin needs revenue.' } : {}),
  }
}

export function explainP95Margin(context: ExplainContext, feature: FeatureAt): Explanation {
  const { revenuePerUnit, costPerUnitP95, p95MarginPct } = feature.result
  return {
    label: 'P95 margin',
    value: p95MarginPct,
    format: 'pct',
    formula: '({revenuePerUnit} − {costPerUnitP95}) ÷ {revenuePerUnit}',
    terms: [
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
    ],
    ...(p95MarginPct === null ? { note: 'Needs units and revenue this month.' } : {}),
  }
}

export function explainBreakevenAtFloor(context: ExplainContext, feature: FeatureAt): Explanation {
  const { costPerUnit, breakevenPriceAtFloor, floorPct } = feature.result
  return {
    label: 'Breakeven price at floor',
    value: breakevenPriceAtFloor,
    format: 'unitMoney',
    formula: '{costPerUnit} ÷ (1 − {floorPct})',
    terms: [
      cell(
        feature,
        'costPerUnit',
        'Cost / unit',
        costPerUnit,
        'unitMoney',
        explainCostPerUnit(context, feature),
      ),
      cell(feature, 'floorPct', 'Margin floor', floorPct, 'pct'),
    ],
    ...(breakevenPriceAtFloor === null ? { note: 'No units this month: no cost per unit.' } : {}),
  }
}
