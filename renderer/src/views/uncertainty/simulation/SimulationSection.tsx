/** Placeholder: replaced by the Monte Carlo panel. */
export function SimulationSection() {
  return <section data-testid="simulation-section" />
}
