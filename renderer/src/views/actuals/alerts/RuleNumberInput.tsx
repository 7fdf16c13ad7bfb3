import { useState } from 'react'

interface RuleNumberInputProps {
  value: number
  /** Called on Enter or leaving the field, with a number that differs from `value`. */
  onCommit(value: number): void
  label: string
  testId: string
  min: number
  max?: number
  step: number
}

/**
 * A number typed and committed as one edit when the person is done with it (Enter or leaving the
 * field), not on every keystroke: each keystroke would be an undo step and a new evaluation.
 */
export function RuleNumberInput({
  value,
  onCommit,
  label,
  testId,
  min,
  max,
  step,
}: RuleNumberInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  function commit() {
    if (draft === null) return
    setDraft(null)
    const typed = Number(draft)
    if (draft.trim() !== '' && Number.isFinite(typed) && typed !== value) onCommit(typed)
  }
  return (
    <input
      type="number"
      className="short-input"
      value={draft ?? String(value)}
      min={min}
      max={max}
      step={step}
      aria-label={label}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        if (event.key === 'Escape') setDraft(null)
      }}
      data-testid={testId}
    />
  )
}
