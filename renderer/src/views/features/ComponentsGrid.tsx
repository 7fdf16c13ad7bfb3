import { useMemo } from 'react'
import type { Component, Feature } from '../../../../shared/model/types'
import { formatMoney } from '../../../../shared/report/format'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { newIdentity } from '../../ids'
import { plainOptions } from '../enumOptions'
import { paths } from '../../../../shared/model/paths/build'

interface ComponentRow {
  featureId: string
  component: Component
}

const field = fieldColumns<ComponentRow, Component>(
  (row) => row.component,
  (row) => paths.component(row.featureId, row.component.id),
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

const componentOf = (row: ComponentRow) => row.component

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
    <CollectionPanel
      title="Other costs"
      panelLabel="Components"
      gridTitle={`Other costs of ${feature.name}`}
      hint="Retrieval, orchestration, GPU hosting, support: per unit or fixed per month."
      collection={{
        noun: 'cost',
        path: paths.components(feature.id),
        items: feature.components,
        selected,
        create: (): Component => ({
          ...newIdentity('New cost', feature.components),
          layer: 'orchestration',
          costPerUnit: 0,
        }),
        onSelect,
      }}
      gridId="grid-components"
      focusScope={feature.id}
      rows={rows}
      entityOf={componentOf}
      columns={componentColumns}
      autoHeight
      emptyText="No other costs: token costs come from the steps above."
    />
  )
}
