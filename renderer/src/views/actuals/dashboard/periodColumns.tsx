/**
 * The Actuals tables' columns: one row per feature, customer or cohort and day or week, as
 * periodRows computed them; the grid only formats. Estimated revenue is set in italics and says
 * so on hover.
 */
import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import type { Period, PeriodRow, RollupBy } from '../../../../../shared/actuals/analysis/periodRows'
import type { Zone } from '../../../../../shared/engine/results'
import {
  formatCallMoney,
  formatCents,
  formatNumber,
  formatPct,
} from '../../../../../shared/report/format'
import { formatDay } from '../../../../../shared/report/labels'
import { zoneStyles } from '../../../../../shared/report/zones'
import { ZoneBadge } from '../../../charts/ZoneBadge'

const estimatedRevenueTip = 'Estimated from the plan: actual units × plan revenue per unit'

const numeric = (formatter: (value: number | null) => string): ColDef<PeriodRow> => ({
  type: 'rightAligned',
  valueFormatter: ({ value }) => formatter(value as number | null),
  cellClass: 'num',
})

function ZoneCell({ value }: ICellRendererParams<PeriodRow, Zone>) {
  return value === undefined || value === null ? null : <ZoneBadge zone={value} />
}

const nameHeader: Record<RollupBy, string> = {
  feature: 'Feature',
  customer: 'Customer',
  cohort: 'Cohort',
}

/** Columns for rows by `by` and `period`; `names` turns ids into the document's names. */
export function periodColumns(
  by: RollupBy,
  period: Period,
  names: Record<string, string>,
): ColDef<PeriodRow>[] {
  return [
    {
      headerName: period === 'week' ? 'Week of' : 'Day',
      field: 'period',
      valueFormatter: ({ value }) => formatDay(value as string),
      sort: 'desc',
      width: 130,
    },
    {
      headerName: nameHeader[by],
      colId: 'name',
      // Customers have no names in the document: their ids are what the logs call them.
      valueGetter: ({ data }) => (data === undefined ? '' : (names[data.id] ?? data.id)),
      flex: 1,
      minWidth: 180,
    },
    { headerName: 'Units', field: 'units', width: 96, ...numeric((v) => formatNumber(v, 0)) },
    // Customers' and cohorts' days count no calls: the column would be all dashes.
    ...(by === 'feature'
      ? [
          {
            headerName: 'Calls',
            field: 'calls',
            width: 96,
            ...numeric((v) => formatNumber(v, 0)),
          } satisfies ColDef<PeriodRow>,
        ]
      : []),
    { headerName: 'Cost', field: 'cost', width: 110, ...numeric(formatCents) },
    {
      headerName: 'Cost per unit',
      field: 'costPerUnit',
      width: 120,
      ...numeric(formatCallMoney),
    },
    {
      headerName: 'Revenue',
      field: 'revenue',
      width: 110,
      ...numeric(formatCents),
      cellClass: ({ data }) => (data?.revenueEstimated ? 'num cell-estimated' : 'num'),
      tooltipValueGetter: ({ data }) => (data?.revenueEstimated ? estimatedRevenueTip : undefined),
    },
    {
      headerName: 'Margin',
      field: 'grossMarginPct',
      width: 96,
      ...numeric((v) => formatPct(v)),
    },
    {
      headerName: 'Zone',
      field: 'zone',
      width: 136,
      cellRenderer: ZoneCell,
      // Worst first when sorted ascending, as the zone lists elsewhere.
      comparator: (a: Zone, b: Zone) => zoneRank[a] - zoneRank[b],
      tooltipValueGetter: ({ value }) => zoneStyles[value as Zone]?.label,
    },
  ]
}

const zoneRank: Record<Zone, number> = { red: 0, yellow: 1, green: 2, none: 3 }
