/** The §5 results as tables: one row per feature, cohort or forecast month. */
import { cohortFlagText } from '../charts/cohortFlags'
import type { CohortResult, FeatureResult } from '../engine/results'
import type { BoardReport, ForecastLine } from './boardReport'
import type { ReportColumn, ReportTable } from './reportTable'
import { zoneStyles } from './zones'

const column = (label: string, kind: ReportColumn['kind']): ReportColumn => ({ label, kind })

export function featuresTable(report: BoardReport): ReportTable {
  const name = (feature: FeatureResult) => report.names.features[feature.id] ?? feature.id
  return {
    title: 'Features',
    columns: [
      column('Feature', 'text'),
      column('Units', 'count'),
      column('Revenue', 'money'),
      column('COGS', 'money'),
      column('Gross profit', 'money'),
      column('Gross margin', 'pct'),
      column('Floor', 'pct'),
      column('Zone', 'zone'),
      column('P95 margin', 'pct'),
      column('Revenue per unit', 'unitMoney'),
      column('Cost per unit', 'unitMoney'),
      column('P95 cost per unit', 'unitMoney'),
      column('Breakeven price at floor', 'unitMoney'),
      column('Breakeven price at zero', 'unitMoney'),
      column('Breakeven units', 'count'),
    ],
    rows: report.result.features.map((feature) => [
      name(feature),
      feature.units,
      feature.revenue,
      feature.cogs,
      feature.grossProfit,
      feature.grossMarginPct,
      feature.floorPct,
      zoneStyles[feature.zone].label,
      feature.p95MarginPct,
      feature.revenuePerUnit,
      feature.costPerUnit,
      feature.costPerUnitP95,
      feature.breakevenPriceAtFloor,
      feature.breakevenPriceAtZero,
      feature.breakevenUnits,
    ]),
  }
}

/** The features below or near their floor, worst first: what a board asks about. */
export function atRiskTable(report: BoardReport): ReportTable {
  return {
    title: 'Features at risk',
    columns: [
      column('Feature', 'text'),
      column('Zone', 'zone'),
      column('Gross margin', 'pct'),
      column('P95 margin', 'pct'),
      column('Floor', 'pct'),
      column('Revenue per unit', 'unitMoney'),
      column('Breakeven price at floor', 'unitMoney'),
    ],
    rows: report.atRisk.map((feature) => [
      report.names.features[feature.id] ?? feature.id,
      zoneStyles[feature.zone].label,
      feature.grossMarginPct,
      feature.p95MarginPct,
      feature.floorPct,
      feature.revenuePerUnit,
      feature.breakevenPriceAtFloor,
    ]),
  }
}

/** A flag as a table cell: the words the hovers use, capitalised. */
const flagText = (flag: CohortResult['flags'][number]) => {
  const words = cohortFlagText[flag]
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function cohortsTable(report: BoardReport): ReportTable {
  return {
    title: 'Cohorts',
    columns: [
      column('Cohort', 'text'),
      column('Customers', 'count'),
      column('Seats', 'count'),
      column('Revenue', 'money'),
      column('COGS', 'money'),
      column('Gross margin', 'pct'),
      column('Zone', 'zone'),
      column('Revenue per customer', 'cents'),
      column('Revenue per seat', 'cents'),
      column('AI COGS per seat', 'cents'),
      column('Cost to revenue', 'ratio'),
      column('Conversions to break even', 'count'),
      column('Flags', 'text'),
    ],
    rows: report.result.cohorts.map((cohort) => [
      report.names.cohorts[cohort.id] ?? cohort.id,
      cohort.customers,
      cohort.seats,
      cohort.revenue,
      cohort.cogs,
      cohort.grossMarginPct,
      zoneStyles[cohort.zone].label,
      cohort.revenuePerCustomer,
      cohort.revenuePerSeat,
      cohort.aiCogsPerSeat,
      cohort.costToRevenue,
      cohort.conversionBreakevenCustomers ?? null,
      cohort.flags.map(flagText).join('; '),
    ]),
  }
}

/**
 * One row per month: the first line's revenue, COGS, gross profit and margin, then the margin of
 * every other line, so compared scenarios read across a row.
 */
export function forecastTable(lines: readonly ForecastLine[]): ReportTable {
  const [main, ...others] = lines
  if (!main) return { title: 'Forecast', columns: [], rows: [] }
  const label = (line: ForecastLine) => line.scenario.name
  return {
    title: 'Forecast',
    columns: [
      column('Month', 'month'),
      column(`${label(main)} revenue`, 'money'),
      column(`${label(main)} COGS`, 'money'),
      column(`${label(main)} gross profit`, 'money'),
      column(`${label(main)} gross margin`, 'pct'),
      ...others.map((line) => column(`${label(line)} gross margin`, 'pct')),
    ],
    rows: main.rows.map((row, index) => [
      row.month,
      row.revenue,
      row.cogs,
      row.grossProfit,
      row.grossMarginPct,
      ...others.map((line) => line.rows[index]?.grossMarginPct ?? null),
    ]),
  }
}
