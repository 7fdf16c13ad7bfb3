import { memo, useDeferredValue } from 'react'
import { EmptyState } from '../../frame/EmptyState'
import { useNavigation } from '../../frame/navigation'
import { SplitPane } from '../../frame/SplitPane'
import { useResult, useViewDoc } from '../../store/hooks'
import { listPaneHeight } from '../listPaneHeight'
import { FeatureDetail } from './FeatureDetail'
import { featureColumns } from './featureColumns'
import { FeaturesGrid } from './FeaturesGrid'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../../shared/model/types'

export function FeaturesView() {
  const doc = useViewDoc()
  const result = useResult()
  const selectedId = useNavigation((state) => state.selection.feature)
  const select = useNavigation((state) => state.select)
  // The detail (three grids) follows a step behind, so an edit's numbers and the focus move in
  // the list paint first: Enter in the list both recomputes and selects the next feature.
  const detailDoc = useDeferredValue(doc)
  const detailResult = useDeferredValue(result)
  if (doc === null) return null
  const feature = doc.features.find((f) => f.id === selectedId) ?? doc.features[0]
  const grid = (
    <FeaturesGrid
      doc={doc}
      result={result}
      selected={feature}
      onSelect={(id) => select('feature', id)}
    />
  )
  if (feature === undefined) {
    return (
      <div className="view-stack">
        {grid}
        <EmptyState title="Map your first AI feature">
          Add a feature, give it a price per unit, then describe the LLM calls it makes per unit.
        </EmptyState>
      </div>
    )
  }
  return (
    <SplitPane
      direction="column"
      initialSize={listPaneHeight(doc.features.length, featureColumns)}
      minFirst={150}
      minSecond={240}
      label="Resize the feature list"
      first={grid}
      second={
        <DeferredFeatureDetail
          doc={detailDoc ?? doc}
          result={detailResult}
          featureId={feature.id}
        />
      }
    />
  )
}

interface DeferredFeatureDetailProps {
  doc: WorkspaceDoc
  result: ComputeResult | null
  featureId: string
}

/**
 * Memoised: the urgent render of an edit passes the previous document and result, and must skip
 * the three detail grids rather than re-render them unchanged.
 */
const DeferredFeatureDetail = memo(function DeferredFeatureDetail({
  doc,
  result,
  featureId,
}: DeferredFeatureDetailProps) {
  const deferredId = useDeferredValue(featureId)
  const feature = doc.features.find((f) => f.id === deferredId) ?? doc.features[0]
  if (feature === undefined) return null
  return (
    <FeatureDetail
      doc={doc}
      feature={feature}
      result={result?.features.find((r) => r.id === feature.id)}
    />
  )
})
