import type { SelectHTMLAttributes } from 'react'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { forecastMonths } from '../../../shared/report/labels'

interface MonthSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> {
  doc: WorkspaceDoc
  /** The month index (0 = the start month). */
  value: number
  onMonth(month: number): void
}

/** The chosen month within a horizon that may have shrunk since it was chosen. */
export const monthWithin = (month: number, horizonMonths: number): number =>
  Math.max(0, Math.min(month, horizonMonths - 1))

/** A choice of the forecast's months, labelled as every screen labels them ("Mar 2027"). */
export function MonthSelect({ doc, value, onMonth, ...select }: MonthSelectProps) {
  return (
    <select {...select} value={value} onChange={(event) => onMonth(Number(event.target.value))}>
      {forecastMonths(doc).map((choice) => (
        <option key={choice.month} value={choice.month}>
          {choice.label}
        </option>
      ))}
    </select>
  )
}
