import { useMemo } from 'react'
import type { Model, WorkspaceDoc } from '../../../../shared/model/types'
import { formatNumber } from '../../format'
import { collectionActions } from '../../grids/collectionActions'
import { EditableGrid } from '../../grids/EditableGrid'
import { computedColumn, fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { GridToolbar } from '../../grids/GridToolbar'
import { slugify, uniqueId, uniqueName } from '../../ids'
import { todayIso } from './dates'

interface ModelRow {
  model: Model
  cacheBreakevenReuse: number | null | undefined
}

const field = fieldColumns<ModelRow, Model>(
  (row) => row.model,
  (row) => `models/${row.model.id}`,
)

const modelColumns: GridColumn<ModelRow>[] = [
  field('name', 'Model', 'text', { pinned: true, width: 200 }),
  field('provider', 'Provider', 'text', { width: 130 }),
  field('kind', 'Kind', 'enum', {
    options: [
      { value: 'api', label: 'API' },
      { value: 'self-hosted', label: 'Self-hosted' },
    ],
    width: 120,
  }),
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

const rowId = (row: ModelRow) => row.model.id
const rowName = (row: ModelRow) => row.model.name

function newModel(models: readonly Model[]): Model {
  const name = uniqueName(
    'New model',
    models.map((m) => m.name),
  )
  const id = uniqueId(
    slugify(name),
    models.map((m) => m.id),
  )
  return {
    id,
    name,
    provider: 'custom',
    kind: 'api',
    prices: [{ from: todayIso(), inputPerMTok: 0, outputPerMTok: 0 }],
  }
}

interface ModelsGridProps {
  doc: WorkspaceDoc
  cacheBreakevenReuse: Record<string, number | null> | undefined
  selected: Model | undefined
  onSelect(id: string): void
}

export function ModelsGrid({ doc, cacheBreakevenReuse, selected, onSelect }: ModelsGridProps) {
  const rows = useMemo(
    () =>
      doc.models.map((model) => ({ model, cacheBreakevenReuse: cacheBreakevenReuse?.[model.id] })),
    [doc.models, cacheBreakevenReuse],
  )
  return (
    <section className="panel" aria-label="Models">
      <GridToolbar
        title="Models"
        hint="Select a model to edit its price history."
        actions={collectionActions({
          noun: 'model',
          path: 'models',
          items: doc.models,
          selected,
          create: () => newModel(doc.models),
          onSelect,
        })}
      />
      <EditableGrid
        gridId="grid-models"
        title="Models"
        rows={rows}
        rowId={rowId}
        rowName={rowName}
        columns={modelColumns}
        onRowFocused={(row) => onSelect(row.model.id)}
        emptyText="No models yet: add the LLMs your features call."
      />
    </section>
  )
}
