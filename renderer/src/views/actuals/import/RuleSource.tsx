import type { FieldRule, UsageField } from '../../../../../shared/model/types'

export interface SourceChoice {
  from: UsageField
  label: string
}

interface RuleSourceProps {
  label: string
  rule: FieldRule | undefined
  choices: readonly SourceChoice[]
  /** What §9's defaults read, shown as the first choice. */
  defaultLabel: string
  /** The metadata key proposed when the person picks "a metadata key". */
  defaultKey: string
  onChange(rule: FieldRule | undefined): void
  testId: string
}

const KEY_HINTS: Partial<Record<UsageField, string>> = {
  metadata: 'Metadata key',
  tag: 'Tag prefix (optional: "team" reads team:billing)',
}

/** Where a rule reads its value: §9's defaults or one field, with the key a field needs. */
export function RuleSource(props: RuleSourceProps) {
  const { rule } = props
  const keyHint = rule === undefined ? undefined : KEY_HINTS[rule.from]
  return (
    <div className="import-rule">
      <label className="field">
        <span className="field-label">{props.label}</span>
        <select
          value={rule?.from ?? ''}
          data-testid={props.testId}
          onChange={(event) => {
            const from = event.target.value as UsageField | ''
            if (from === '') return props.onChange(undefined)
            const key = from === 'metadata' ? (rule?.key ?? props.defaultKey) : undefined
            props.onChange({ ...rule, from, key })
          }}
        >
          <option value="">{props.defaultLabel}</option>
          {props.choices.map((choice) => (
            <option key={choice.from} value={choice.from}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {rule !== undefined && keyHint !== undefined && (
        <label className="field">
          <span className="field-label">{keyHint}</span>
          <input
            type="text"
            value={rule.key ?? ''}
            spellCheck={false}
            data-testid={`${props.testId}-key`}
            onChange={(event) => props.onChange({ ...rule, key: event.target.value })}
          />
        </label>
      )}
    </div>
  )
}
