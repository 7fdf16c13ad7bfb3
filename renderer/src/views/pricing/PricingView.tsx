import { useNavigation } from '../../frame/navigation'
import { useResult, useViewDoc } from '../../store/hooks'
import { CohortsGrid } from './CohortsGrid'
import { PlanFeaturesGrid } from './PlanFeaturesGrid'
import { PlansGrid } from './PlansGrid'
import { TokenScaleMatrix, UsageMatrix } from './UsageMatrix'

export function PricingView() {
  const doc = useViewDoc()
  const result = useResult()
  const selection = useNavigation((state) => state.selection)
  const select = useNavigation((state) => state.select)
  if (doc === null) return null
  const plan = doc.plans.find((p) => p.id === selection.plan)
  const cohort = doc.cohorts.find((c) => c.id === selection.cohort)
  return (
    <div className="view-stack">
      <PlansGrid doc={doc} selected={plan} onSelect={(id) => select('plan', id)} />
      <PlanFeaturesGrid doc={doc} />
      <CohortsGrid
        doc={doc}
        result={result}
        selected={cohort}
        onSelect={(id) => select('cohort', id)}
      />
      <UsageMatrix doc={doc} />
      <TokenScaleMatrix doc={doc} />
    </div>
  )
}
