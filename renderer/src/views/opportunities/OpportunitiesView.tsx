/** Placeholder: replaced by the levers and the backlog. */
export function OpportunitiesView() {
  return <div data-testid="opportunities" />
}
