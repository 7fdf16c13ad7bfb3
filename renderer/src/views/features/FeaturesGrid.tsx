import { useMemo } from 'react'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { Feature, WorkspaceDoc } from '../../../../shared/model/types'
import { collectionActions } from '../../grids/collectionActions'
import { EditableGrid } from '../../grids/EditableGrid'
import { GridToolbar } from '../../grids/GridToolbar'
import { slugify, uniqueId, uniqueName } from '../../ids'
import { featureColumns, type FeatureRow } from './featureColumns'

interface FeaturesGridProps {
  doc: WorkspaceDoc
  result: ComputeResult | null
  selected: Feature | undefined
  onSelect(featureId: string): void
}

const rowId = (row: FeatureRow) => row.feature.id
const rowName = (row: FeatureRow) => row.feature.name

function newFeature(features: readonly Feature[]): Feature {
  const name = uniqueName(
    'New feature',
    features.map((f) => f.name),
  )
  const id = uniqueId(
    slugify(name),
    features.map((f) => f.id),
  )
  return { id, name, unit: 'unit', category: 'core', steps: [], components: [] }
}

export function FeaturesGrid({ doc, result, selected, onSelect }: FeaturesGridProps) {
  const rows = useMemo(() => {
    const results = new Map(result?.features.map((r) => [r.id, r]))
    return doc.features.map((feature) => ({ feature, result: results.get(feature.id) }))
  }, [doc.features, result])

  return (
    <section className="panel" aria-label="Features">
      <GridToolbar
        title="Features"
        hint="Margins, P95 and breakevens are computed for the first forecast month."
        actions={collectionActions({
          noun: 'feature',
          path: 'features',
          items: doc.features,
          selected,
          create: () => newFeature(doc.features),
          onSelect,
        })}
      />
      <EditableGrid
        gridId="grid-features"
        title="Features"
        rows={rows}
        rowId={rowId}
        rowName={rowName}
        columns={featureColumns}
        onRowFocused={(row) => onSelect(row.feature.id)}
        // Without features the empty state below explains; the grid needs no more than a line.
        autoHeight={rows.length === 0}
        emptyText="No features yet: add one to map its cost per unit."
      />
    </section>
  )
}
