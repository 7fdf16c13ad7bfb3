import { useMemo } from 'react'
import type { ModelPrices } from '../../../../shared/engine/compiledDoc'
import type { Model, WorkspaceDoc } from '../../../../shared/model/types'
import { formatNumber } from '../../../../shared/report/format'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { computedColumn, fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { newIdentity } from '../../ids'
import { todayIso } from '../../../../shared/today'

interface ModelRow {
  model: Model
  inForce: ModelPrices | undefined
  cacheBreakevenReuse: number | null | undefined
}

const IN_FORCE = 'In force this month'

/** A price of the point in force this month (after the annual decline); read-only. */
function inForceColumn(
  id: string,
  label: string,
  pick: (prices: ModelPrices) => number,
): GridColumn<ModelRow> {
  return computedColumn(id, label, 'money', (row) => (row.inForce ? pick(row.inForce) : null), {
    unit: '$/MTok',
    width: 104,
    group: IN_FORCE,
    headerTooltip: `${label} per million tokens of the price point in force this month`,
  })
}

const field = fieldColumns<ModelRow, Model>(
  (row) => row.model,
  (row) => `models/${row.model.id}`,
)

export const modelColumns: GridColumn<ModelRow>[] = [
  field('name', 'Model', 'text', { pinned: true, width: 200 }),
  field('provider', 'Provider', 'text', { width: 130 }),
  field('kind', 'Kind', 'enum', {
    options: [
      { value: 'api', label: 'API' },
      { value: 'self-hosted', label: 'Self-hosted' },
    ],
    width: 120,
  }),
  inForceColumn('inputNow', 'Input', (prices) => prices.base.input),
  inForceColumn('outputNow', 'Output', (prices) => prices.base.output),
  inForceColumn('cacheReadNow', 'Cache read', (prices) => prices.base.cacheRead),
  computedColumn('prices', 'Price points', 'integer', (row) => row.model.prices.length, {
    width: 104,
  }),
  computedColumn(
    'cacheBreakeven',
    'Cache breakeven',
    'number',
    (row) => row.cacheBreakevenReuse ?? null,
    {
      unit: 'calls / write',
      width: 150,
      format: (value) => (typeof value === 'number' ? `${formatNumber(value, 2)}×` : 'no discount'),
      headerTooltip:
        'Prompt-cache breakeven: the calls per cache write at which caching a prefix starts to pay',
    },
  ),
]

const modelOf = (row: ModelRow) => row.model

function newModel(models: readonly Model[]): Model {
  return {
    ...newIdentity('New model', models),
    provider: 'custom',
    kind: 'api',
    prices: [{ from: todayIso(), inputPerMTok: 0, outputPerMTok: 0 }],
  }
}

interface ModelsGridProps {
  doc: WorkspaceDoc
  /** Each model's prices this month, by id. */
  pricesInForce: ReadonlyMap<string, ModelPrices>
  cacheBreakevenReuse: Record<string, number | null> | undefined
  selected: Model | undefined
  onSelect(id: string): void
}

export function ModelsGrid(props: ModelsGridProps) {
  const { doc, pricesInForce, cacheBreakevenReuse, selected, onSelect } = props
  const rows = useMemo(
    () =>
      doc.models.map((model) => ({
        model,
        inForce: pricesInForce.get(model.id),
        cacheBreakevenReuse: cacheBreakevenReuse?.[model.id],
      })),
    [doc.models, pricesInForce, cacheBreakevenReuse],
  )
  return (
    <CollectionPanel
      title="Models"
      hint="Select a model to edit its price history."
      collection={{
        noun: 'model',
        path: 'models',
        items: doc.models,
        selected,
        create: () => newModel(doc.models),
        onSelect,
      }}
      gridId="grid-models"
      rows={rows}
      entityOf={modelOf}
      columns={modelColumns}
      emptyText="No models yet: add the LLMs your features call."
    />
  )
}
