import { useMemo } from 'react'
import type { Component, Feature } from '../../../../shared/model/types'
import { formatMoney } from '../../format'
import { collectionActions } from '../../grids/collectionActions'
import { EditableGrid } from '../../grids/EditableGrid'
import { fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { GridToolbar } from '../../grids/GridToolbar'
import { slugify, uniqueId, uniqueName } from '../../ids'
import { plainOptions } from '../enumOptions'

interface ComponentRow {
  featureId: string
  component: Component
}

const field = fieldColumns<ComponentRow, Component>(
  (row) => row.component,
  (row) => `features/${row.featureId}/components/${row.component.id}`,
  'component',
)

const componentColumns: GridColumn<ComponentRow>[] = [
  field('name', 'Component', 'text', { pinned: true, width: 220, wrap: true }),
  field('layer', 'Layer', 'enum', {
    options: plainOptions(['inference', 'orchestration', 'infrastructure', 'support']),
    width: 120,
  }),
  field('costPerUnit', 'Cost / unit', 'money', { unit: '$', optional: true, width: 96 }),
  field('costPerUnitP95', 'P95 cost / unit', 'money', { unit: '$', optional: true, width: 104 }),
  field('fixedMonthly', 'Fixed / month', 'money', {
    unit: '$',
    optional: true,
    width: 104,
    format: (value) => formatMoney(typeof value === 'number' ? value : null),
  }),
]

const rowId = (row: ComponentRow) => row.component.id
const rowName = (row: ComponentRow) => row.component.name

export function ComponentsGrid({
  feature,
  selectedId,
  onSelect,
}: {
  feature: Feature
  selectedId?: string
  onSelect(id: string): void
}) {
  const rows = useMemo(
    () => feature.components.map((component) => ({ featureId: feature.id, component })),
    [feature.id, feature.components],
  )
  const selected = feature.components.find((c) => c.id === selectedId)
  return (
    <section className="panel" aria-label="Components">
      <GridToolbar
        title="Other costs"
        hint="Retrieval, orchestration, GPU hosting, support: per unit or fixed per month."
        actions={collectionActions({
          noun: 'cost',
          path: `features/${feature.id}/components`,
          items: feature.components,
          selected,
          create: () => {
            const name = uniqueName(
              'New cost',
              feature.components.map((c) => c.name),
            )
            const id = uniqueId(
              slugify(name),
              feature.components.map((c) => c.id),
            )
            const component: Component = { id, name, layer: 'orchestration', costPerUnit: 0 }
            return component
          },
          onSelect,
        })}
      />
      <EditableGrid
        gridId="grid-components"
        title={`Other costs of ${feature.name}`}
        rows={rows}
        rowId={rowId}
        rowName={rowName}
        columns={componentColumns}
        onRowFocused={(row) => onSelect(row.component.id)}
        autoHeight
        emptyText="No other costs: token costs come from the steps above."
      />
    </section>
  )
}
