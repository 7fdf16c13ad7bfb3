import type { Plan, WorkspaceDoc } from '../../../../shared/model/types'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { newIdentity } from '../../ids'
import { entityOptions, plainOptions } from '../enumOptions'
import { useColumnsOf } from '../../grids/useColumnsOf'
import { paths } from '../../../../shared/model/paths/build'

const field = fieldColumns<Plan, Plan>(
  (plan) => plan,
  (plan) => paths.plan(plan.id),
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

const planOf = (plan: Plan) => plan

interface PlansGridProps {
  doc: WorkspaceDoc
  selected: Plan | undefined
  onSelect(id: string): void
}

export function PlansGrid({ doc, selected, onSelect }: PlansGridProps) {
  const columns = useColumnsOf(doc.plans, () => planColumns(doc.plans))
  return (
    <CollectionPanel
      title="Plans"
      hint="Subscription prices per seat and customer; usage prices live on each feature."
      collection={{
        noun: 'plan',
        path: 'plans',
        items: doc.plans,
        selected,
        create: (): Plan => ({
          ...newIdentity('New plan', doc.plans),
          seatPrice: 0,
          aiRevenueSharePct: 0,
          attribution: 'usage',
        }),
        onSelect,
      }}
      gridId="grid-plans"
      rows={doc.plans}
      entityOf={planOf}
      columns={columns}
      autoHeight
      emptyText="No plans yet: add the subscriptions customers buy."
    />
  )
}
