import type { ReactNode } from 'react'
import { actualsTabs, useActualsTab, type ActualsTab } from './actualsTabs'
import { AlertsPage } from './alerts/AlertsPage'
import { CalibrationPage } from './calibration/CalibrationPage'
import { ImportsPage } from './ImportsPage'
import { ReviewPage } from './review/ReviewPage'
import { DashboardPage } from './dashboard/DashboardPage'
import { PlanPage } from './plan/PlanPage'
import './actuals.css'

const pages: Record<ActualsTab, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  plan: () => <PlanPage />,
  alerts: () => <AlertsPage />,
  calibration: () => <CalibrationPage />,
  review: () => <ReviewPage />,
  imports: () => <ImportsPage />,
}

/** Actuals (DESIGN.md §9, §10): imported usage against the plan, alerts, calibration, review. */
export function ActualsView() {
  const tab = useActualsTab((state) => state.tab)
  const show = useActualsTab((state) => state.show)
  return (
    <div className="actuals" data-testid="actuals">
      <nav className="actuals-tabs" role="tablist" aria-label="Actuals pages">
        {actualsTabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            aria-selected={item.id === tab}
            className={item.id === tab ? 'actuals-tab active' : 'actuals-tab'}
            onClick={() => show(item.id)}
            data-testid={`actuals-tab-${item.id}`}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <div className="actuals-page">{pages[tab]()}</div>
    </div>
  )
}
