import { useMemo } from 'react'
import type { CohortResult, ComputeResult } from '../../../../shared/engine/results'
import type { Cohort, WorkspaceDoc } from '../../../../shared/model/types'
import { formatMoney, formatPct } from '../../format'
import { collectionActions } from '../../grids/collectionActions'
import { EditableGrid } from '../../grids/EditableGrid'
import { useEditError } from '../../grids/editErrorStore'
import { computedColumn, fieldColumns } from '../../grids/fieldColumns'
import type { CellValue, GridColumn } from '../../grids/gridColumn'
import { GridToolbar } from '../../grids/GridToolbar'
import { slugify, uniqueId, uniqueName } from '../../ids'
import { entityOptions } from '../enumOptions'

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

function cohortColumns(doc: WorkspaceDoc): GridColumn<CohortRow>[] {
  return [
    field('name', 'Cohort', 'text', { pinned: true, width: 180 }),
    field('planId', 'Plan', 'enum', { options: entityOptions(doc.plans), width: 150 }),
    field('customers', 'Customers', 'number', { width: 104 }),
    field('seatsPerCustomer', 'Seats / customer', 'number', { optional: true, width: 116 }),
    field('monthlyGrowthPct', 'Growth', 'percent', { unit: '%/month', optional: true, width: 104 }),
    computedColumn('revenue', 'Revenue / mo', 'money', (row) => row.result?.revenue, {
      format: money,
      width: 120,
    }),
    computedColumn('cogs', 'COGS / mo', 'money', (row) => row.result?.cogs, {
      format: money,
      width: 112,
    }),
    computedColumn('margin', 'Margin', 'percent', (row) => row.result?.grossMarginPct ?? null, {
      format: (value) => formatPct(typeof value === 'number' ? value : null),
      width: 92,
    }),
    computedColumn(
      'flags',
      'Flags',
      'text',
      (row) => row.result?.flags.map((flag) => flagText[flag] ?? flag).join(', ') || null,
      {
        width: 230,
        cellClass: (row) => (row.result?.flags.length ? 'zone-text zone-red' : undefined),
      },
    ),
  ]
}

const rowId = (row: CohortRow) => row.cohort.id
const rowName = (row: CohortRow) => row.cohort.name

interface CohortsGridProps {
  doc: WorkspaceDoc
  result: ComputeResult | null
  selected: Cohort | undefined
  onSelect(id: string): void
}

export function CohortsGrid({ doc, result, selected, onSelect }: CohortsGridProps) {
  const plansKey = doc.plans.map((p) => `${p.id}\u0000${p.name}`).join('\u0001')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt only when plan ids or names change
  const columns = useMemo(() => cohortColumns(doc), [plansKey])
  const rows = useMemo(() => {
    const results = new Map(result?.cohorts.map((r) => [r.id, r]))
    return doc.cohorts.map((cohort) => ({ cohort, result: results.get(cohort.id) }))
  }, [doc.cohorts, result])
  return (
    <section className="panel" aria-label="Cohorts">
      <GridToolbar
        title="Cohorts"
        hint="Groups of customers on one plan; revenue and margin are this month's."
        actions={collectionActions({
          noun: 'cohort',
          path: 'cohorts',
          items: doc.cohorts,
          selected,
          create: () => {
            const plan = doc.plans[0]
            if (plan === undefined) return 'Add a plan first: every cohort is on one.'
            const name = uniqueName(
              'New cohort',
              doc.cohorts.map((c) => c.name),
            )
            const id = uniqueId(
              slugify(name),
              doc.cohorts.map((c) => c.id),
            )
            const cohort: Cohort = { id, name, planId: plan.id, customers: 0, usage: [] }
            return cohort
          },
          onSelect,
          onRefused: (reason) => useEditError.getState().show('grid-cohorts', reason),
        })}
      />
      <EditableGrid
        gridId="grid-cohorts"
        title="Cohorts"
        rows={rows}
        rowId={rowId}
        rowName={rowName}
        columns={columns}
        onRowFocused={(row) => onSelect(row.cohort.id)}
        autoHeight
        emptyText="No cohorts yet: add the customers who use your features."
      />
    </section>
  )
}
