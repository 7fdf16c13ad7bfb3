import './rangeAction.css'

/** The mark of a cell whose input carries a range; its tooltip gives the range. */
export function RangeBadge({ text }: { text: string }) {
  return (
    <span className="range-badge" title={text} aria-label={text} data-testid="range-badge">
      ±
    </span>
  )
}
