import { useMemo } from 'react'
import type { Plan, WorkspaceDoc } from '../../../../shared/model/types'
import { collectionActions } from '../../grids/collectionActions'
import { EditableGrid } from '../../grids/EditableGrid'
import { fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { GridToolbar } from '../../grids/GridToolbar'
import { slugify, uniqueId, uniqueName } from '../../ids'
import { entityOptions, plainOptions } from '../enumOptions'

const field = fieldColumns<Plan, Plan>(
  (plan) => plan,
  (plan) => `plans/${plan.id}`,
  'plan',
)

function planColumns(plans: readonly Plan[]): GridColumn<Plan>[] {
  return [
    field('name', 'Plan', 'text', { pinned: true, width: 180 }),
    field('seatPrice', 'Seat price', 'money', { unit: '$ / seat / mo', width: 112 }),
    field('platformFee', 'Platform fee', 'money', {
      unit: '$ / customer / mo',
      optional: true,
      width: 124,
    }),
    field('aiRevenueSharePct', 'AI share of revenue', 'percent', {
      unit: '%',
      width: 118,
      headerTooltip: 'Part of subscription revenue attributed to AI features',
    }),
    field('attribution', 'Attribution', 'enum', {
      options: plainOptions(['usage', 'cost', 'equal']),
      width: 110,
      headerTooltip: 'How the AI share is split across features: by usage, by cost or equally',
    }),
    field('nonAiCogsPerSeat', 'Non-AI COGS', 'money', {
      unit: '$ / seat / mo',
      optional: true,
      width: 118,
    }),
    field('convertsToPlanId', 'Converts to', 'enum', {
      options: entityOptions(plans),
      optional: true,
      width: 150,
      headerTooltip: 'For free plans: the paid plan a conversion lands on',
    }),
  ]
}

const rowId = (plan: Plan) => plan.id
const rowName = (plan: Plan) => plan.name

interface PlansGridProps {
  doc: WorkspaceDoc
  selected: Plan | undefined
  onSelect(id: string): void
}

export function PlansGrid({ doc, selected, onSelect }: PlansGridProps) {
  const plansKey = doc.plans.map((p) => `${p.id}\u0000${p.name}`).join('\u0001')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt only when plan ids or names change
  const columns = useMemo(() => planColumns(doc.plans), [plansKey])
  return (
    <section className="panel" aria-label="Plans">
      <GridToolbar
        title="Plans"
        hint="Subscription prices per seat and customer; usage prices live on each feature."
        actions={collectionActions({
          noun: 'plan',
          path: 'plans',
          items: doc.plans,
          selected,
          create: () => {
            const name = uniqueName(
              'New plan',
              doc.plans.map((p) => p.name),
            )
            const id = uniqueId(
              slugify(name),
              doc.plans.map((p) => p.id),
            )
            const plan: Plan = {
              id,
              name,
              seatPrice: 0,
              aiRevenueSharePct: 0,
              attribution: 'usage',
            }
            return plan
          },
          onSelect,
        })}
      />
      <EditableGrid
        gridId="grid-plans"
        title="Plans"
        rows={doc.plans}
        rowId={rowId}
        rowName={rowName}
        columns={columns}
        onRowFocused={(plan) => onSelect(plan.id)}
        autoHeight
        emptyText="No plans yet: add the subscriptions customers buy."
      />
    </section>
  )
}
