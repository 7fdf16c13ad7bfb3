import { useMemo } from 'react'
import type { CohortField } from '../../../../shared/engine/explain'
import type { CohortResult, ComputeResult } from '../../../../shared/engine/results'
import type { Cohort, Plan, WorkspaceDoc } from '../../../../shared/model/types'
import { formatCents, formatMoney, formatPct } from '../../../../shared/report/format'
import { zoneText } from '../../../../shared/report/zones'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { computedColumn, fieldColumns, resultColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { EXPLAIN_HINT } from '../../explain/useCellExplain'
import { newIdentity } from '../../ids'
import { entityOptions } from '../enumOptions'
import { useColumnsOf } from '../../grids/useColumnsOf'
import { paths } from '../../../../shared/model/paths/build'

interface CohortRow {
  cohort: Cohort
  result: CohortResult | undefined
}

const field = fieldColumns<CohortRow, Cohort>(
  (row) => row.cohort,
  (row) => paths.cohort(row.cohort.id),
  'cohort',
)

const THIS_MONTH = 'This month (computed)'
const PER_SEAT = 'Per seat (computed)'

/** A figure of the cohort's month: read-only, explained on hover or `?`. */
const computed = resultColumns<CohortRow, CohortResult, CohortField>({
  result: (row) => row.result,
  explain: (row, field) => ({ of: 'cohort', cohortId: row.cohort.id, field }),
  group: THIS_MONTH,
  headerTooltip: ({ label, about }) =>
    `${label}: ${about}, in the first forecast month. ${EXPLAIN_HINT}`,
})

/** Per-seat figures: a one-word header under the group header; the label adds "/ seat". */
const perSeat: readonly {
  id: CohortField & keyof CohortResult
  header: string
  about: string
}[] = [
  { id: 'revenuePerSeat', header: 'Revenue', about: 'revenue ÷ seats' },
  { id: 'cogsPerSeat', header: 'COGS', about: 'COGS ÷ seats' },
  {
    id: 'aiCogsPerSeat',
    header: 'AI COGS',
    about: 'what the AI features cost per seat: COGS less non-AI COGS, ÷ seats',
  },
]

/** Margin and zone read against the portfolio floor, coloured as the features' are. */
const zoneClass = (row: CohortRow) => (row.result ? `zone-text zone-${row.result.zone}` : undefined)

const flagText: Record<string, string> = {
  'cost-to-revenue-above-0.8': '⚠ costs > 80% of revenue',
  'no-revenue': '⚠ costs, no revenue',
}

/**
 * Inputs, then the month as a P&L line (revenue, COGS, margin, zone and its warnings) and per
 * seat, under a group header so each per-seat header is one word: at 1440 px every column is on
 * screen without scrolling.
 */
function cohortColumns(plans: readonly Plan[]): GridColumn<CohortRow>[] {
  return [
    field('name', 'Cohort', 'text', { pinned: true, width: 160 }),
    field('planId', 'Plan', 'enum', { options: entityOptions(plans), width: 92 }),
    field('customers', 'Customers', 'number', { width: 96 }),
    field('seatsPerCustomer', 'Seats / customer', 'number', { optional: true, width: 84 }),
    field('monthlyGrowthPct', 'Growth', 'percent', { unit: '% / mo', optional: true, width: 72 }),
    computed('revenue', 'Revenue / mo', 'money', (r) => r.revenue, formatMoney, {
      width: 92,
      about: 'subscriptions, usage and overage',
    }),
    computed('cogs', 'COGS / mo', 'money', (r) => r.cogs, formatMoney, {
      width: 88,
      about: 'AI features and non-AI COGS',
    }),
    computed(
      'margin',
      'Margin',
      'percent',
      (r) => r.grossMarginPct,
      (v) => formatPct(v),
      { width: 72, about: '(revenue − COGS) ÷ revenue', cellClass: zoneClass },
    ),
    computedColumn(
      'zone',
      'Zone',
      'text',
      (row) => (row.result ? zoneText(row.result.zone) : null),
      {
        cellClass: zoneClass,
        width: 126,
        group: THIS_MONTH,
        headerTooltip: 'The margin against the portfolio floor, with a 5-point band above it',
      },
    ),
    computedColumn(
      'flags',
      'Flags',
      'text',
      (row) => row.result?.flags.map((flag) => flagText[flag] ?? flag).join(', ') || null,
      {
        // Takes the spare width, and wraps rather than cut a warning in a narrow window.
        flex: 1,
        minWidth: 100,
        wrap: true,
        group: THIS_MONTH,
        cellClass: (row) => (row.result?.flags.length ? 'zone-text zone-red' : undefined),
      },
    ),
    ...perSeat.map(({ id, header, about }) =>
      computed(id, `${header} / seat`, 'money', (r) => r[id], formatCents, {
        width: 80,
        about,
        group: PER_SEAT,
        header,
      }),
    ),
  ]
}

const cohortOf = (row: CohortRow) => row.cohort

interface CohortsGridProps {
  doc: WorkspaceDoc
  result: ComputeResult | null
  selected: Cohort | undefined
  onSelect(id: string): void
}

export function CohortsGrid({ doc, result, selected, onSelect }: CohortsGridProps) {
  const columns = useColumnsOf(doc.plans, () => cohortColumns(doc.plans))
  const rows = useMemo(() => {
    const results = new Map(result?.cohorts.map((r) => [r.id, r]))
    return doc.cohorts.map((cohort) => ({ cohort, result: results.get(cohort.id) }))
  }, [doc.cohorts, result])
  return (
    <CollectionPanel
      title="Cohorts"
      hint="Groups of customers on one plan; revenue and margin are this month's."
      collection={{
        noun: 'cohort',
        path: paths.cohorts(),
        items: doc.cohorts,
        selected,
        create: () => {
          const plan = doc.plans[0]
          if (plan === undefined) return 'Add a plan first: every cohort is on one.'
          const cohort: Cohort = {
            ...newIdentity('New cohort', doc.cohorts),
            planId: plan.id,
            customers: 0,
            usage: [],
          }
          return cohort
        },
        onSelect,
      }}
      gridId="grid-cohorts"
      rows={rows}
      entityOf={cohortOf}
      columns={columns}
      autoHeight
      emptyText="No cohorts yet: add the customers who use your features."
    />
  )
}
