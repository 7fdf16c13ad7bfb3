import { useMemo } from 'react'
import type { FeatureResult } from '../../../shared/engine/results'
import { ChartEmpty } from './ChartEmpty'
import { buildFeatureMarginFigure } from '../../../shared/charts/featureMarginFigure'
import { Plot } from './Plot'

export interface FeatureMarginChartProps {
  features: FeatureResult[]
  /** Display names by feature id. */
  names: Record<string, string>
  /** Clicking a bar selects its feature. */
  onSelectFeature?: (featureId: string) => void
  testId?: string
}

export function FeatureMarginChart({
  features,
  names,
  onSelectFeature,
  testId = 'chart-feature-margin',
}: FeatureMarginChartProps) {
  const figure = useMemo(() => buildFeatureMarginFigure({ features, names }), [features, names])
  if (features.length === 0) {
    return <ChartEmpty testId={testId} message="No features yet: add one to see its margin." />
  }
  return (
    <Plot
      figure={figure}
      testId={testId}
      ariaLabel="Gross margin by feature, each bar against its floor"
      onPointClick={(id) => {
        if (typeof id === 'string') onSelectFeature?.(id)
      }}
    />
  )
}
