import { useId } from 'react'

interface FeaturePickerProps {
  /** The features with actuals in the window, in the document's order. */
  features: readonly { id: string; name: string }[]
  value: string
  onChange(featureId: string): void
  /** Offers "All features" (the empty id) first. */
  allLabel?: string
  testId: string
}

/** Which feature the per-feature charts show. */
export function FeaturePicker({ features, value, onChange, allLabel, testId }: FeaturePickerProps) {
  const id = useId()
  return (
    <span className="inline-field">
      <label htmlFor={id}>Feature</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {features.map((feature) => (
          <option key={feature.id} value={feature.id}>
            {feature.name}
          </option>
        ))}
      </select>
    </span>
  )
}
