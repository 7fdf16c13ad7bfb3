/**
 * Forecast: months 0 … horizon − 1. Revenue and COGS are formulas: each cohort's customers grow
 * by (1 + growth/100)^t, API token costs decline by (1 − AnnualPriceDeclinePct/100)^(t/12), and
 * each month takes the token costs of its price period. Months where the scenario has a different
 * set of overrides active than at the as-of month are the engine's values, marked as such.
 */
import type { Worksheet } from 'exceljs'
import { formula, writeTable, type CellInput, type RowValues } from './cells'
import type { WorkbookContext } from './context'
import { cohortTokenKey } from './cohortResultsSheet'
import type { ForecastPlan } from './forecastPlan'
import { FORMAT } from './styles'
import { Table } from './table'

export type ForecastKey =
  | 'label'
  | 'month'
  | 'decline'
  | 'period'
  | 'revenue'
  | 'cogs'
  | 'grossProfit'
  | 'grossMarginPct'
  | 'basis'

const ENGINE_BASIS = 'engine value (scenario overrides differ this month)'

function title(plan: ForecastPlan, asOfLabel: string): string {
  const live =
    'Results. Revenue and COGS per month as formulas over the input sheets: customers × (1 + growth/100)^t, API token costs × (1 − AnnualPriceDeclinePct/100)^t/12, dated prices by price period.'
  if (plan.timedOverrides.length === 0) return live
  const paths = plan.timedOverrides
    .map((override) => `${override.path} from month ${override.fromMonth ?? 0}`)
    .join('; ')
  return `${live} NOTE: months marked "${ENGINE_BASIS}" are the engine's numbers, not formulas: the scenario's overrides (${paths}) change inputs there that the input sheets, as of ${asOfLabel}, do not hold.`
}

export function forecastTable(plan: ForecastPlan, asOfLabel: string): Table<ForecastKey> {
  return new Table<ForecastKey>(
    'Forecast',
    title(plan, asOfLabel),
    [
      { key: 'label', header: 'Month' },
      { key: 'month', header: 't', format: FORMAT.count },
      { key: 'decline', header: 'API price decline factor', format: FORMAT.factor },
      {
        key: 'period',
        header: 'Price period',
        format: FORMAT.count,
        note: 'Which dated prices apply: 0 is the Models sheet, others the Price periods sheet.',
      },
      {
        key: 'revenue',
        header: 'Revenue',
        format: FORMAT.money,
        note: 'Σ cohorts customers(t) × revenue per customer (Cohort results)',
      },
      {
        key: 'cogs',
        header: 'COGS',
        format: FORMAT.money,
        note: 'Σ cohorts seats(t) × (component and non-AI cost per seat + decline factor × API token cost per seat + self-hosted token cost per seat) + all fixed monthly costs',
      },
      { key: 'grossProfit', header: 'Gross profit', format: FORMAT.money },
      { key: 'grossMarginPct', header: 'Gross margin %', format: FORMAT.pct },
      { key: 'basis', header: 'Basis', width: 12 },
    ],
    plan.months.length,
  )
}

export function writeForecast(sheet: Worksheet, ctx: WorkbookContext): void {
  const { forecast: table, cohorts, cohortResults, portfolio } = ctx.tables
  const customers = cohorts.all('customers')
  const growth = cohorts.all('growthPct')
  const seatsPerCustomer = cohorts.all('seatsPerCustomer')
  const fixed = portfolio.ref('layers.fixed')
  writeTable(sheet, table, (row): RowValues<ForecastKey> => {
    const month = ctx.plan.months[row]!
    const at = (key: ForecastKey) => table.local(key, row)
    const grown = `(1+${growth}/100)^${at('month')}`
    let revenue: CellInput
    let cogs: CellInput
    if (month.period === null) {
      const engine = ctx.engineForecast[row]!
      revenue = engine.revenue
      cogs = engine.cogs
    } else if (customers === null) {
      revenue = 0
      cogs = formula(fixed)
    } else {
      const p = month.period
      const perSeat =
        `${cohortResults.all('nonTokenPerSeat')}+${at('decline')}*${cohortResults.all(cohortTokenKey('tokApiPerSeat', p))}` +
        `+${cohortResults.all(cohortTokenKey('tokSelfPerSeat', p))}`
      revenue = formula(
        `SUMPRODUCT(${customers},${grown},${cohortResults.all('revenuePerCustomerMonth')})`,
      )
      cogs = formula(`SUMPRODUCT(${customers},${seatsPerCustomer},${grown},${perSeat})+${fixed}`)
    }
    return {
      label: month.label,
      month: month.month,
      decline:
        month.period === null ? null : formula(`(1-AnnualPriceDeclinePct/100)^(${at('month')}/12)`),
      period: month.period,
      revenue,
      cogs,
      grossProfit: formula(`${at('revenue')}-${at('cogs')}`),
      grossMarginPct: formula(
        `IF(${at('revenue')}=0,"",(${at('revenue')}-${at('cogs')})/${at('revenue')}*100)`,
      ),
      basis: month.period === null ? ENGINE_BASIS : 'formula',
    }
  })
}
