import { useId } from 'react'
import type { RangeShape } from '../../../../../shared/model/types'
import type { ProblemField } from './rangeCommit'
import type { RangeDraft } from './rangeDraft'
import { SHAPE_OPTIONS, usesLikely } from './rangeShapes'

interface RangeDraftFieldsProps {
  draft: RangeDraft
  /** The reasons the field was refused, if it was. */
  problemsOf(field: ProblemField): string[]
  /** The groups the workspace uses, suggested as the group is typed. */
  groups: readonly string[]
  autoFocus: boolean
  onChange(field: keyof RangeDraft, value: string): void
}

/**
 * Low, likely and high, the shape and the group of a range being edited. A lognormal reads low and
 * high as its P5 and P95 and has no likely (DESIGN.md §11): the labels say so, likely is disabled.
 */
export function RangeDraftFields({
  draft,
  problemsOf,
  groups,
  autoFocus,
  onChange,
}: RangeDraftFieldsProps) {
  const groupListId = useId()
  const lognormal = !usesLikely(draft.shape)
  return (
    <>
      <div className="range-numbers">
        <NumberField
          label={lognormal ? 'Low (P5)' : 'Low'}
          value={draft.low}
          problems={problemsOf('low')}
          onChange={(value) => onChange('low', value)}
          testId="range-low"
          autoFocus={autoFocus}
        />
        <NumberField
          label={lognormal ? 'Likely (not used)' : 'Likely'}
          value={lognormal ? '' : draft.likely}
          placeholder={lognormal ? 'median' : undefined}
          disabled={lognormal}
          problems={problemsOf('likely')}
          onChange={(value) => onChange('likely', value)}
          testId="range-likely"
        />
        <NumberField
          label={lognormal ? 'High (P95)' : 'High'}
          value={draft.high}
          problems={problemsOf('high')}
          onChange={(value) => onChange('high', value)}
          testId="range-high"
        />
      </div>
      <div className="range-numbers">
        <label className="field">
          <span className="field-label">Shape</span>
          <select
            value={draft.shape}
            onChange={(event) => onChange('shape', event.target.value as RangeShape)}
            data-testid="range-shape"
          >
            {SHAPE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value} title={option.hint}>
                {option.label}
              </option>
            ))}
          </select>
          <FieldProblems problems={problemsOf('shape')} />
        </label>
        <label className="field range-group-field">
          <span className="field-label">Group (optional)</span>
          <input
            type="text"
            value={draft.group}
            list={groupListId}
            placeholder="Ranges in one group move together"
            onChange={(event) => onChange('group', event.target.value)}
            data-testid="range-group"
          />
          <datalist id={groupListId}>
            {groups.map((group) => (
              <option key={group} value={group} />
            ))}
          </datalist>
          <FieldProblems problems={problemsOf('group')} />
        </label>
      </div>
      <p className="field-hint">
        {SHAPE_OPTIONS.find((option) => option.value === draft.shape)?.hint}
      </p>
    </>
  )
}

interface NumberFieldProps {
  label: string
  value: string
  problems: string[]
  onChange(value: string): void
  testId: string
  placeholder?: string
  disabled?: boolean
  autoFocus?: boolean
}

function NumberField({ label, value, problems, onChange, ...input }: NumberFieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={value}
        aria-invalid={problems.length > 0}
        onChange={(event) => onChange(event.target.value)}
        placeholder={input.placeholder}
        disabled={input.disabled}
        autoFocus={input.autoFocus}
        data-testid={input.testId}
      />
      <FieldProblems problems={problems} />
    </label>
  )
}

export function FieldProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null
  return (
    <div className="range-problem" role="alert" data-testid="range-error">
      {problems.join('; ')}
    </div>
  )
}
