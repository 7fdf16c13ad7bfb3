/**
 * Cohort results: DESIGN.md §3 "Cohorts at month t" and §5 `cohorts`, summed over each cohort's
 * block of Lines rows. The last columns are the cohort's revenue and cost per customer and per
 * seat that the Forecast grows month by month.
 */
import type { Worksheet } from 'exceljs'
import { formula, writeTable, type RowValues, zoneFormula } from './cells'
import type { WorkbookContext } from './context'
import { FORMAT } from './styles'
import { Table, type ColumnSpec } from './table'
import { tokenKey, type LinesKey } from './linesSheet'

type TokenField = 'tokApiPerSeat' | 'tokSelfPerSeat'
export type CohortResultKey =
  | 'id'
  | 'name'
  | 'customers'
  | 'seats'
  | 'subscription'
  | 'aiSubscription'
  | 'usageRevenue'
  | 'overage'
  | 'revenue'
  | 'aiCogs'
  | 'platformCogs'
  | 'cogs'
  | 'grossProfit'
  | 'grossMarginPct'
  | 'costToRevenue'
  | 'revenuePerCustomer'
  | 'revenuePerSeat'
  | 'cogsPerSeat'
  | 'aiCogsPerSeat'
  | 'zone'
  | 'flags'
  | 'conversionBreakevenCustomers'
  | 'weightSum'
  | 'featuresUsed'
  | 'revenuePerCustomerMonth'
  | 'nonTokenPerSeat'
  | `${TokenField}@${number}`

export const cohortTokenKey = (field: TokenField, period: number): CohortResultKey =>
  `${field}@${period}`

const money = FORMAT.money

function tokenColumns(period: number): ColumnSpec<CohortResultKey>[] {
  const when = period === 0 ? 'as-of prices' : `period ${period} prices`
  return [
    {
      key: cohortTokenKey('tokApiPerSeat', period),
      header: `API token cost per seat, undeclined (${when})`,
      format: FORMAT.unitMoney,
    },
    {
      key: cohortTokenKey('tokSelfPerSeat', period),
      header: `Self-hosted token cost per seat (${when})`,
      format: FORMAT.unitMoney,
    },
  ]
}

export function cohortResultsTable(count: number, periods: number): Table<CohortResultKey> {
  return new Table<CohortResultKey>(
    'Cohort results',
    'Results. Per cohort at the as-of month, all formulas; blank where a ratio has no denominator.',
    [
      { key: 'id', header: 'Cohort id' },
      { key: 'name', header: 'Name' },
      {
        key: 'customers',
        header: 'Customers',
        format: FORMAT.fraction,
        note: 'customers × (1 + growth/100)^AsOfMonth',
      },
      { key: 'seats', header: 'Seats', format: FORMAT.fraction },
      {
        key: 'subscription',
        header: 'Subscription',
        format: money,
        note: 'customers × platform fee + seats × seat price',
      },
      {
        key: 'aiSubscription',
        header: 'AI subscription',
        format: money,
        note: 'subscription × AI revenue share/100',
      },
      { key: 'usageRevenue', header: 'Usage revenue', format: money },
      { key: 'overage', header: 'Overage', format: money },
      {
        key: 'revenue',
        header: 'Revenue',
        format: money,
        note: 'subscription + usage revenue + overage',
      },
      { key: 'aiCogs', header: 'AI COGS', format: money },
      {
        key: 'platformCogs',
        header: 'Non-AI COGS',
        format: money,
        note: 'seats × non-AI COGS per seat',
      },
      { key: 'cogs', header: 'COGS', format: money },
      { key: 'grossProfit', header: 'Gross profit', format: money },
      { key: 'grossMarginPct', header: 'Gross margin %', format: FORMAT.pct },
      { key: 'costToRevenue', header: 'Cost to revenue', format: FORMAT.fraction },
      { key: 'revenuePerCustomer', header: 'Revenue per customer', format: FORMAT.fraction },
      { key: 'revenuePerSeat', header: 'Revenue per seat', format: FORMAT.fraction },
      { key: 'cogsPerSeat', header: 'COGS per seat', format: FORMAT.fraction },
      { key: 'aiCogsPerSeat', header: 'AI COGS per seat', format: FORMAT.fraction },
      {
        key: 'zone',
        header: 'Zone',
        note: 'Against PortfolioFloorPct with a band of PortfolioYellowBandPts.',
      },
      { key: 'flags', header: 'Flags' },
      {
        key: 'conversionBreakevenCustomers',
        header: 'Conversions to pay for it',
        format: FORMAT.count,
        note: 'For plans that convert: ROUNDUP(COGS / (target platform fee + seats per customer × target seat price)); blank when that price is 0.',
      },
      { key: 'weightSum', header: 'Attribution weight total', format: FORMAT.fraction },
      { key: 'featuresUsed', header: 'Features with units', format: FORMAT.count },
      {
        key: 'revenuePerCustomerMonth',
        header: 'Revenue per customer (forecast)',
        format: FORMAT.fraction,
        note: 'platform fee + seats per customer × (seat price + usage and overage revenue per seat): revenue in month t = customers(t) × this.',
      },
      {
        key: 'nonTokenPerSeat',
        header: 'Component + non-AI cost per seat (forecast)',
        format: FORMAT.unitMoney,
      },
      ...Array.from({ length: periods }, (_, p) => tokenColumns(p)).flat(),
    ],
    count,
  )
}

export function writeCohortResults(sheet: Worksheet, ctx: WorkbookContext): void {
  const { cohortResults: table, cohorts, plans, lines } = ctx.tables
  writeTable(
    sheet,
    table,
    (c): RowValues<CohortResultKey> => {
      const cohort = ctx.doc.cohorts[c]!
      const at = (key: CohortResultKey) => table.local(key, c)
      const input = (key: Parameters<typeof cohorts.ref>[0]) => cohorts.ref(key, c)
      const planRow = ctx.index.planRow.get(cohort.planId)!
      const plan = (key: Parameters<typeof plans.ref>[0], row = planRow) => plans.ref(key, row)
      const block = ctx.index.usageBlocks[c]!
      const sum = (key: LinesKey) => {
        const range = lines.range(key, block.from, block.count)
        return range ? `SUM(${range})` : '0'
      }
      const sumProduct = (a: LinesKey, b: LinesKey) => {
        const [left, right] = [
          lines.range(a, block.from, block.count),
          lines.range(b, block.from, block.count),
        ]
        return left && right ? formula(`SUMPRODUCT(${left},${right})`) : 0
      }
      const unitsRange = lines.range('units', block.from, block.count)
      const target = ctx.doc.plans.find((p) => p.id === ctx.doc.plans[planRow]!.convertsToPlanId)
      const targetRow = target ? ctx.index.planRow.get(target.id)! : null
      const targetPrice =
        targetRow === null
          ? ''
          : `(${plan('platformFee', targetRow)}+${input('seatsPerCustomer')}*${plan('seatPrice', targetRow)})`
      const [revenue, cogs, seats, margin] = [
        at('revenue'),
        at('cogs'),
        at('seats'),
        at('grossMarginPct'),
      ]
      const values: Partial<RowValues<CohortResultKey>> = {
        id: cohort.id,
        name: cohort.name,
        customers: formula(`${input('customers')}*(1+${input('growthPct')}/100)^AsOfMonth`),
        seats: formula(`${at('customers')}*${input('seatsPerCustomer')}`),
        subscription: formula(
          `${at('customers')}*${plan('platformFee')}+${seats}*${plan('seatPrice')}`,
        ),
        aiSubscription: formula(`${at('subscription')}*${plan('aiRevenueSharePct')}/100`),
        usageRevenue: formula(sum('usageRevenue')),
        overage: formula(sum('overage')),
        revenue: formula(`${at('subscription')}+${at('usageRevenue')}+${at('overage')}`),
        aiCogs: formula(`${sum('variableCost')}+${sum('fixedCost')}`),
        platformCogs: formula(`${seats}*${plan('nonAiCogsPerSeat')}`),
        cogs: formula(`${at('aiCogs')}+${at('platformCogs')}`),
        grossProfit: formula(`${revenue}-${cogs}`),
        grossMarginPct: formula(`IF(${revenue}=0,"",(${revenue}-${cogs})/${revenue}*100)`),
        costToRevenue: formula(`IF(${revenue}=0,"",${cogs}/${revenue})`),
        revenuePerCustomer: formula(`IF(${at('customers')}=0,"",${revenue}/${at('customers')})`),
        revenuePerSeat: formula(`IF(${seats}=0,"",${revenue}/${seats})`),
        cogsPerSeat: formula(`IF(${seats}=0,"",${cogs}/${seats})`),
        aiCogsPerSeat: formula(
          `IF(${seats}=0,"",(${cogs}-${seats}*${plan('nonAiCogsPerSeat')})/${seats})`,
        ),
        zone: zoneFormula(margin, 'PortfolioFloorPct', 'PortfolioYellowBandPts'),
        flags: formula(
          `IF(${revenue}=0,IF(${cogs}>0,"no-revenue",""),IF(${cogs}/${revenue}>0.8,"cost-to-revenue-above-0.8",""))`,
        ),
        conversionBreakevenCustomers:
          targetRow === null
            ? null
            : formula(`IF(${targetPrice}=0,"",ROUNDUP(${cogs}/${targetPrice},0))`),
        weightSum: formula(sum('weight')),
        featuresUsed: unitsRange ? formula(`COUNTIF(${unitsRange},">0")`) : 0,
        revenuePerCustomerMonth: formula(
          `${plan('platformFee')}+${input('seatsPerCustomer')}*(${plan('seatPrice')}+${sum('revenuePerSeat')})`,
        ),
        nonTokenPerSeat: formula(`${sum('nonTokenPerSeat')}+${plan('nonAiCogsPerSeat')}`),
      }
      ctx.plan.periods.forEach((_, p) => {
        values[cohortTokenKey('tokApiPerSeat', p)] = sumProduct(
          'tokenWeightPerSeat',
          tokenKey('tokApi', p),
        )
        values[cohortTokenKey('tokSelfPerSeat', p)] = sumProduct(
          'tokenWeightPerSeat',
          tokenKey('tokSelf', p),
        )
      })
      return values as RowValues<CohortResultKey>
    },
    2,
  )
}
