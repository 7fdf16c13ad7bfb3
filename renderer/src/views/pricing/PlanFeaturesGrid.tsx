import type { Feature, Plan, WorkspaceDoc } from '../../../../shared/model/types'
import type { GridColumn } from '../../grids/gridColumn'
import { GridPanel } from '../../grids/GridPanel'
import { plural } from '../../plural'
import { useColumnsOf } from '../../grids/useColumnsOf'
import { paths } from '../../../../shared/model/paths/build'

/** Per feature: units included in each seat, and the price of each unit beyond them. */
function planFeatureColumns(features: readonly Feature[]): GridColumn<Plan>[] {
  return [
    {
      id: 'name',
      label: 'Plan',
      kind: 'text',
      pinned: true,
      width: 150,
      value: (plan) => plan.name,
    },
    ...features.flatMap((feature): GridColumn<Plan>[] => [
      {
        id: `${feature.id}.included`,
        label: `${feature.name} included`,
        header: 'Included',
        kind: 'number',
        unit: `${plural(feature.unit)} / seat`,
        group: feature.name,
        optional: true,
        width: 104,
        value: (plan) => plan.includedUnits?.[feature.id],
        path: (plan) => paths.planEntry(plan.id, 'includedUnits', feature.id),
      },
      {
        id: `${feature.id}.overage`,
        label: `${feature.name} overage`,
        header: 'Overage',
        kind: 'money',
        unit: `$/${feature.unit}`,
        group: feature.name,
        optional: true,
        width: 100,
        value: (plan) => plan.overagePrice?.[feature.id],
        path: (plan) => paths.planEntry(plan.id, 'overagePrice', feature.id),
      },
    ]),
  ]
}

const rowId = (plan: Plan) => plan.id
const rowName = (plan: Plan) => plan.name

export function PlanFeaturesGrid({ doc }: { doc: WorkspaceDoc }) {
  const columns = useColumnsOf(doc.features, () => planFeatureColumns(doc.features), {
    label: (feature) => `${feature.name}\u0000${feature.unit}`,
  })
  return (
    <GridPanel
      title="Included units and overage"
      hint="Overage is billed only where a plan has both an allowance and a price for the feature; blank = none."
      gridId="grid-plan-features"
      gridTitle="Included units and overage price per plan and feature"
      rows={doc.plans}
      rowId={rowId}
      rowName={rowName}
      columns={columns}
      autoHeight
      emptyText="Add a plan above to set its allowances."
    />
  )
}
