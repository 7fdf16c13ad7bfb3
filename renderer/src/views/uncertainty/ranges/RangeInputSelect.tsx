import { useMemo } from 'react'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { rangeInputs } from './rangeInputs'

interface RangeInputSelectProps {
  /** The document as the active scenario sees it: its inputs, named as it names them. */
  doc: WorkspaceDoc
  /** The month whose price points in force a model's prices are offered at (0-based). */
  month: number
  value: string | null
  /** Paths that already carry a range, marked so picking one reads as editing it. */
  ranged: ReadonlySet<string>
  onChange(path: string): void
}

/** The numeric inputs a range can go on, grouped as the views group them. */
export function RangeInputSelect({ doc, month, value, ranged, onChange }: RangeInputSelectProps) {
  const sections = useMemo(() => rangeInputs(doc, month), [doc, month])
  return (
    <label className="field">
      <span className="field-label">Input</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        autoFocus
        data-testid="range-input-select"
      >
        <option value="" disabled>
          Choose the number you are unsure of…
        </option>
        {sections.map((section, index) => (
          <optgroup key={`${index}-${section.title}`} label={section.title}>
            {section.inputs.map((input) => (
              <option key={input.path} value={input.path}>
                {ranged.has(input.path) ? `${input.words} (has a range)` : input.words}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
