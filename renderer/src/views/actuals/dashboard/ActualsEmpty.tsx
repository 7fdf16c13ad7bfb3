import { EmptyState } from '../../../frame/EmptyState'
import { useActualsTab } from '../actualsTabs'

/** What the Actuals pages are for, before anything is imported, and the way to the Imports tab. */
export function ActualsEmpty() {
  const show = useActualsTab((state) => state.show)
  return (
    <EmptyState
      title="No actuals yet"
      testId="actuals-empty"
      action={
        <button
          type="button"
          className="button-primary"
          onClick={() => show('imports')}
          data-testid="actuals-empty-imports"
        >
          Go to Imports
        </button>
      }
    >
      <p>
        Actuals check the plan against what really happened: cost per unit against revenue per unit,
        each feature's daily margin against its floor, cohorts week by week, and each month against
        the plan, projected to its end.
      </p>
      <p>Import a usage log from your gateway or observability tool to fill these pages.</p>
    </EmptyState>
  )
}
