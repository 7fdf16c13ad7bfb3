import { useMemo } from 'react'
import type { CohortResult, ComputeResult } from '../../../../shared/engine/results'
import type { Cohort, Plan, WorkspaceDoc } from '../../../../shared/model/types'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { computedColumn, fieldColumns } from '../../grids/fieldColumns'
import type { CellValue, GridColumn } from '../../grids/gridColumn'
import { newIdentity } from '../../ids'
import { entityOptions } from '../enumOptions'
import { useColumnsOf } from '../../grids/useColumnsOf'

interface CohortRow {
  cohort: Cohort
  result: CohortResult | undefined
}

const field = fieldColumns<CohortRow, Cohort>(
  (row) => row.cohort,
  (row) => `cohorts/${row.cohort.id}`,
  'cohort',
)

const money = (value: CellValue) => formatMoney(typeof value === 'number' ? value : null)

const flagText: Record<string, string> = {
  'cost-to-revenue-above-0.8': '⚠ costs above 80% of revenue',
  'no-revenue': '⚠ costs with no revenue',
}

function cohortColumns(plans: readonly Plan[]): GridColumn<CohortRow>[] {
  return [
    field('name', 'Cohort', 'text', { pinned: true, width: 180 }),
    field('planId', 'Plan', 'enum', { options: entityOptions(plans), width: 136 }),
    field('customers', 'Customers', 'number', { width: 96 }),
    field('seatsPerCustomer', 'Seats / customer', 'number', { optional: true, width: 100 }),
    field('monthlyGrowthPct', 'Growth', 'percent', { unit: '%/month', optional: true, width: 96 }),
    computedColumn('revenue', 'Revenue / mo', 'money', (row) => row.result?.revenue, {
      format: money,
      width: 112,
    }),
    computedColumn('cogs', 'COGS / mo', 'money', (row) => row.result?.cogs, {
      format: money,
      width: 104,
    }),
    computedColumn('margin', 'Margin', 'percent', (row) => row.result?.grossMarginPct ?? null, {
      format: (value) => formatPct(typeof value === 'number' ? value : null),
      width: 80,
    }),
    computedColumn(
      'flags',
      'Flags',
      'text',
      (row) => row.result?.flags.map((flag) => flagText[flag] ?? flag).join(', ') || null,
      {
        // Takes the spare width, and wraps rather than cut a warning in a narrow window.
        flex: 1,
        minWidth: 150,
        wrap: true,
        cellClass: (row) => (row.result?.flags.length ? 'zone-text zone-red' : undefined),
      },
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
        path: 'cohorts',
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
