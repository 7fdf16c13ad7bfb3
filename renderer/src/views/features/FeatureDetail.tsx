import { memo } from 'react'
import type { FeatureResult } from '../../../../shared/engine/results'
import type { Feature, WorkspaceDoc } from '../../../../shared/model/types'
import { ZoneBadge } from '../../charts/ZoneBadge'
import { formatNumber, formatPct, formatUnitMoney } from '../../../../shared/report/format'
import { EmptyState } from '../../frame/EmptyState'
import { useNavigation } from '../../frame/navigation'
import { ComponentsGrid } from './ComponentsGrid'
import { MixGrid } from './MixGrid'
import { StepsGrid } from './StepsGrid'

interface FeatureDetailProps {
  doc: WorkspaceDoc
  feature: Feature
  result: FeatureResult | undefined
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <span className="figure-label">{label}</span>
      <span className="figure-value">{value}</span>
    </div>
  )
}

/**
 * The selected feature's cost map: its steps, the focused step's model mix, its other costs.
 * Memoised and subscribed to its own selections only: selecting another feature in the list or
 * editing it must not re-render these three grids before the list's numbers paint.
 */
export const FeatureDetail = memo(function FeatureDetail({
  doc,
  feature,
  result,
}: FeatureDetailProps) {
  const selectedStepId = useNavigation((state) => state.selection.step)
  const selectedComponentId = useNavigation((state) => state.selection.component)
  const select = useNavigation((state) => state.select)
  const step = feature.steps.find((s) => s.id === selectedStepId) ?? feature.steps[0]
  return (
    <div className="detail" data-testid="feature-detail">
      <header className="detail-header">
        <h2>{feature.name}</h2>
        <span className="detail-sub">
          per {feature.unit} · {feature.category}
        </span>
        {result && (
          <div className="figures">
            <Figure label="Units / month" value={formatNumber(result.units, 0)} />
            <Figure label="Cost / unit" value={formatUnitMoney(result.costPerUnit)} />
            <Figure label="Margin" value={formatPct(result.grossMarginPct)} />
            <Figure
              label="Breakeven at floor"
              value={formatUnitMoney(result.breakevenPriceAtFloor)}
            />
            <ZoneBadge zone={result.zone} />
          </div>
        )}
      </header>
      <StepsGrid
        feature={feature}
        result={result}
        modelIds={doc.models.map((m) => m.id)}
        selected={step}
        onSelect={(id) => select('step', id)}
      />
      <div className="detail-columns">
        {step ? (
          <MixGrid feature={feature} step={step} models={doc.models} />
        ) : (
          <EmptyState title="No model mix yet">
            Add a step above, then route its calls to models here.
          </EmptyState>
        )}
        <ComponentsGrid
          feature={feature}
          selectedId={selectedComponentId}
          onSelect={(id) => select('component', id)}
        />
      </div>
    </div>
  )
})
