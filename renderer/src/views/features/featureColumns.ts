import type { FeatureResult } from '../../../../shared/engine/results'
import type { Feature } from '../../../../shared/model/types'
import { zoneText } from '../../charts/zones'
import { formatMoney, formatNumber, formatPct, formatUnitMoney } from '../../format'
import { computedColumn, fieldColumns } from '../../grids/fieldColumns'
import type { CellValue, FieldKind, GridColumn } from '../../grids/gridColumn'
import { plainOptions } from '../enumOptions'

export interface FeatureRow {
  feature: Feature
  result: FeatureResult | undefined
}

const field = fieldColumns<FeatureRow, Feature>(
  (row) => row.feature,
  (row) => `features/${row.feature.id}`,
  'feature',
)

const asNumber = (value: CellValue): number | null => (typeof value === 'number' ? value : null)

/** A figure the engine computed for this month; read-only. */
function computed(
  id: string,
  label: string,
  kind: FieldKind,
  pick: (result: FeatureResult) => number | null,
  format: (value: number | null) => string,
  unit?: string,
  width = 100,
): GridColumn<FeatureRow> {
  return computedColumn(id, label, kind, (row) => (row.result ? pick(row.result) : null), {
    unit,
    width,
    format: (value) => format(asNumber(value)),
    headerTooltip: `${label}${unit ? ` (${unit})` : ''}: computed for the first forecast month`,
  })
}

function zoneClass(row: FeatureRow): string | undefined {
  return row.result ? `zone-text zone-${row.result.zone}` : undefined
}

const noUsagePrice = 'No usage price (revenue comes from plans)'

/**
 * The name, then what a CFO reads first (margin, zone, P95 margin, breakeven), then the inputs,
 * then the rest of the month's figures: the verdict stays on screen without scrolling.
 */
export const featureColumns: GridColumn<FeatureRow>[] = [
  field('name', 'Feature', 'text', { pinned: true, width: 200 }),
  {
    ...computed(
      'margin',
      'Margin',
      'percent',
      (r) => r.grossMarginPct,
      (v) => formatPct(v),
      '%',
      84,
    ),
    cellClass: zoneClass,
  },
  computedColumn('zone', 'Zone', 'text', (row) => (row.result ? zoneText(row.result.zone) : null), {
    cellClass: zoneClass,
    width: 124,
  }),
  computed(
    'p95Margin',
    'P95 margin',
    'percent',
    (r) => r.p95MarginPct,
    (v) => formatPct(v),
    '%',
    88,
  ),
  computed(
    'breakevenAtFloor',
    'Breakeven at floor',
    'money',
    (r) => r.breakevenPriceAtFloor,
    formatUnitMoney,
    '$',
    104,
  ),
  // A blank price stands for $0, but "$0.00" would read as a feature given away: a dash says
  // there is no usage price at all.
  field('pricePerUnit', 'Price / unit', 'money', {
    unit: '$',
    optional: true,
    width: 96,
    format: (value, row) =>
      row.feature.pricePerUnit === undefined ? '—' : formatUnitMoney(asNumber(value)),
    tooltip: (row) => (row.feature.pricePerUnit === undefined ? noUsagePrice : undefined),
  }),
  field('floorPct', 'Floor', 'percent', { unit: '%', optional: true, width: 76 }),
  field('unit', 'Unit', 'text', { width: 96 }),
  field('category', 'Category', 'enum', {
    options: plainOptions(['growth', 'core', 'premium']),
    width: 96,
  }),
  field('responseCacheHitPct', 'Cache hit', 'percent', { unit: '%', optional: true, width: 80 }),
  field('retryRatePct', 'Retries', 'percent', { unit: '%', optional: true, width: 80 }),
  field('hiddenCostPct', 'Hidden cost', 'percent', { unit: '%', optional: true, width: 84 }),
  computed(
    'units',
    'Units / mo',
    'number',
    (r) => r.units,
    (v) => formatNumber(v, 0),
  ),
  computed('revenue', 'Revenue / mo', 'money', (r) => r.revenue, formatMoney, '$', 112),
  computed('costPerUnit', 'Cost / unit', 'money', (r) => r.costPerUnit, formatUnitMoney, '$'),
  computed(
    'costPerUnitP95',
    'P95 cost / unit',
    'money',
    (r) => r.costPerUnitP95,
    formatUnitMoney,
    '$',
  ),
]
