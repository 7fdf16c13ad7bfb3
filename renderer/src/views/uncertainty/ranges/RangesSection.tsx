/** Placeholder: replaced by the ranges grid. */
export function RangesSection() {
  return <section data-testid="ranges-section" />
}
