import type { CustomCellRendererProps } from 'ag-grid-react'
import { RangeBadge } from './RangeBadge'

export interface RangedCellParams {
  /** "Range 8,000 – 20,000 (PERT)". */
  rangeText: string
}

/** A cell whose input carries a range (and no scenario override): its value and the range mark. */
export function RangedCell(props: CustomCellRendererProps & RangedCellParams) {
  return (
    <span className="ranged-cell" title={props.rangeText}>
      <span className="ranged-cell-value">{props.valueFormatted ?? String(props.value ?? '')}</span>
      <RangeBadge text={props.rangeText} />
    </span>
  )
}
