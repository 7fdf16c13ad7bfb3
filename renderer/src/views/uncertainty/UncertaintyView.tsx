import { RangesSection } from './ranges/RangesSection'
import { SimulationSection } from './simulation/SimulationSection'
import './uncertainty.css'

/**
 * Uncertainty (DESIGN.md §11): the inputs the plan is unsure of, as ranges, and what they do to
 * margin — a Monte Carlo run of the active scenario, in a worker.
 */
export function UncertaintyView() {
  return (
    <div className="uncertainty" data-testid="uncertainty">
      <RangesSection />
      <SimulationSection />
    </div>
  )
}
