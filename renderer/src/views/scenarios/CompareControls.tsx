import { useId } from 'react'
import { MonthSelect } from '../../frame/MonthSelect'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import type { DeltaBase } from '../../../../shared/report/comparison'

interface CompareControlsProps {
  doc: WorkspaceDoc
  month: number
  onMonth(month: number): void
  base: DeltaBase
  onBase(base: DeltaBase): void
}

const baseChoices: { base: DeltaBase; label: string; hint: string }[] = [
  { base: 'baseline', label: 'Baseline', hint: 'Every scenario against the baseline' },
  {
    base: 'parent',
    label: 'Parent',
    hint: 'Each scenario against the one it builds on (the baseline if none): what each step adds',
  },
]

/** The as-of month (any forecast month) and what the deltas are taken against. */
export function CompareControls({ doc, month, onMonth, base, onBase }: CompareControlsProps) {
  const name = useId()
  return (
    <div className="compare-controls">
      <label className="inline-field">
        As of
        <MonthSelect doc={doc} value={month} onMonth={onMonth} data-testid="compare-month" />
      </label>
      <div className="segmented" role="radiogroup" aria-label="Deltas against">
        <span className="segmented__label">Δ vs</span>
        {baseChoices.map((choice) => (
          <label key={choice.base} className="segmented__option" title={choice.hint}>
            <input
              type="radio"
              name={name}
              checked={base === choice.base}
              onChange={() => onBase(choice.base)}
              data-testid={`compare-delta-${choice.base}`}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </div>
  )
}
