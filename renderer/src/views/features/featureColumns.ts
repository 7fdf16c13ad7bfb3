import type { FeatureField } from '../../../../shared/engine/explain'
import type { FeatureResult } from '../../../../shared/engine/results'
import type { Feature } from '../../../../shared/model/types'
import { zoneText } from '../../../../shared/report/zones'
import {
  formatMoney,
  formatNumber,
  formatPct,
  formatUnitMoney,
} from '../../../../shared/report/format'
import { asNumber, computedColumn, fieldColumns, resultColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { EXPLAIN_HINT } from '../../explain/useCellExplain'
import { plainOptions } from '../enumOptions'
import { paths } from '../../../../shared/model/paths/build'

export interface FeatureRow {
  feature: Feature
  result: FeatureResult | undefined
}

const field = fieldColumns<FeatureRow, Feature>(
  (row) => row.feature,
  (row) => paths.feature(row.feature.id),
  'feature',
)

const THIS_MONTH = 'This month (computed)'
const INPUTS = 'Inputs'

/** A figure the engine computed for this month; read-only, and explained on hover or `?`. */
const computed = resultColumns<FeatureRow, FeatureResult, FeatureField>({
  result: (row) => row.result,
  explain: (row, field) => ({ of: 'feature', featureId: row.feature.id, field }),
  group: THIS_MONTH,
  headerTooltip: ({ label, unit }) =>
    `${label}${unit ? ` (${unit})` : ''}: computed for the first forecast month. ${EXPLAIN_HINT}`,
})

function zoneClass(row: FeatureRow): string | undefined {
  return row.result ? `zone-text zone-${row.result.zone}` : undefined
}

const noUsagePrice = 'No usage price (revenue comes from plans)'

/**
 * The name, then the month read left to right like a P&L line (units, revenue, cost, margin,
 * zone, breakeven), then the inputs, price and floor first: at 1440 px every computed figure and
 * the most edited inputs are on screen without scrolling.
 */
export const featureColumns: GridColumn<FeatureRow>[] = [
  field('name', 'Feature', 'text', { pinned: true, width: 200 }),
  computed(
    'units',
    'Units / mo',
    'number',
    (r) => r.units,
    (v) => formatNumber(v, 0),
    { width: 92 },
  ),
  computed('revenue', 'Revenue / mo', 'money', (r) => r.revenue, formatMoney, {
    unit: '$',
    width: 108,
  }),
  computed('costPerUnit', 'Cost / unit', 'money', (r) => r.costPerUnit, formatUnitMoney, {
    unit: '$',
    width: 92,
  }),
  // Its own column, not a stand-in where Cost / unit has no units: cost per unit carries the
  // fixed cost shared over the month's units, variable cost does not, and a column that mixed the
  // two would compare unlike figures down the rows. Variable cost per unit is what an extra unit
  // costs: what a price must beat, defined before anyone uses the feature.
  computed(
    'variableCostPerUnit',
    'Variable cost / unit',
    'money',
    (r) => r.variableCostPerUnit,
    formatUnitMoney,
    { unit: '$', width: 96 },
  ),
  computed('costPerUnitP95', 'P95 cost / unit', 'money', (r) => r.costPerUnitP95, formatUnitMoney, {
    unit: '$',
    width: 92,
  }),
  computed(
    'margin',
    'Margin',
    'percent',
    (r) => r.grossMarginPct,
    (v) => formatPct(v),
    {
      unit: '%',
      width: 80,
      cellClass: zoneClass,
    },
  ),
  computed(
    'p95Margin',
    'P95 margin',
    'percent',
    (r) => r.p95MarginPct,
    (v) => formatPct(v),
    { unit: '%', width: 84 },
  ),
  computedColumn('zone', 'Zone', 'text', (row) => (row.result ? zoneText(row.result.zone) : null), {
    cellClass: zoneClass,
    width: 120,
    group: THIS_MONTH,
  }),
  computed(
    'breakevenAtFloor',
    'Breakeven at floor',
    'money',
    (r) => r.breakevenPriceAtFloor,
    formatUnitMoney,
    { unit: '$', width: 100 },
  ),
  // A blank price stands for $0, but "$0.00" would read as a feature given away: a dash says
  // there is no usage price at all.
  field('pricePerUnit', 'Price / unit', 'money', {
    unit: '$',
    optional: true,
    width: 92,
    group: INPUTS,
    format: (value, row) =>
      row.feature.pricePerUnit === undefined ? '—' : formatUnitMoney(asNumber(value)),
    tooltip: (row) => (row.feature.pricePerUnit === undefined ? noUsagePrice : undefined),
  }),
  field('floorPct', 'Floor', 'percent', { unit: '%', optional: true, width: 72, group: INPUTS }),
  field('unit', 'Unit', 'text', { width: 96, group: INPUTS }),
  field('category', 'Category', 'enum', {
    options: plainOptions(['growth', 'core', 'premium']),
    width: 92,
    group: INPUTS,
  }),
  field('responseCacheHitPct', 'Cache hit', 'percent', {
    unit: '%',
    optional: true,
    width: 80,
    group: INPUTS,
  }),
  field('retryRatePct', 'Retries', 'percent', {
    unit: '%',
    optional: true,
    width: 80,
    group: INPUTS,
  }),
  field('hiddenCostPct', 'Hidden cost', 'percent', {
    unit: '%',
    optional: true,
    width: 84,
    group: INPUTS,
  }),
]
