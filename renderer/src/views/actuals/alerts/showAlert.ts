/**
 * Where an alert's "Show" goes: the view that holds what it is about, that row selected. A
 * customer with no cohort has no row of its own anywhere: no link.
 */
import type { Alert } from '../../../../../shared/actuals/alerts'
import { useNavigation, type ViewId } from '../../../frame/navigation'

export interface AlertTarget {
  /** "Features", "Models": the words of the link's accessible name. */
  viewName: string
  go(): void
}

function target(kind: 'feature' | 'model' | 'cohort', id: string, view: ViewId): () => void {
  return () => {
    const { select, go } = useNavigation.getState()
    select(kind, id)
    go(view)
  }
}

export function alertTarget(alert: Alert): AlertTarget | null {
  if (alert.featureId !== undefined)
    return { viewName: 'Features', go: target('feature', alert.featureId, 'features') }
  if (alert.modelId !== undefined)
    return { viewName: 'Models', go: target('model', alert.modelId, 'models') }
  if (alert.cohortId !== undefined)
    return { viewName: 'Pricing & cohorts', go: target('cohort', alert.cohortId, 'pricing') }
  return null
}

/** What an alert's row is keyed and tested by: its subject's id, whichever kind it is. */
export const alertSubjectId = (alert: Alert): string =>
  alert.featureId ?? alert.customerId ?? alert.cohortId ?? alert.modelId ?? ''
