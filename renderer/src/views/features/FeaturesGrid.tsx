import { useMemo } from 'react'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { Feature, WorkspaceDoc } from '../../../../shared/model/types'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { newIdentity } from '../../ids'
import { featureColumns, type FeatureRow } from './featureColumns'

interface FeaturesGridProps {
  doc: WorkspaceDoc
  result: ComputeResult | null
  selected: Feature | undefined
  onSelect(featureId: string): void
}

const featureOf = (row: FeatureRow) => row.feature

function newFeature(features: readonly Feature[]): Feature {
  return {
    ...newIdentity('New feature', features),
    unit: 'unit',
    category: 'core',
    steps: [],
    components: [],
  }
}

export function FeaturesGrid({ doc, result, selected, onSelect }: FeaturesGridProps) {
  const rows = useMemo(() => {
    const results = new Map(result?.features.map((r) => [r.id, r]))
    return doc.features.map((feature) => ({ feature, result: results.get(feature.id) }))
  }, [doc.features, result])

  return (
    <CollectionPanel
      title="Features"
      hint="Margins, P95 and breakevens are computed for the first forecast month."
      collection={{
        noun: 'feature',
        path: 'features',
        items: doc.features,
        selected,
        create: () => newFeature(doc.features),
        onSelect,
      }}
      gridId="grid-features"
      rows={rows}
      entityOf={featureOf}
      columns={featureColumns}
      // Without features the empty state below explains; the grid needs no more than a line.
      autoHeight={rows.length === 0}
      emptyText="No features yet: add one to map its cost per unit."
    />
  )
}
