import type { CustomCellRendererProps } from 'ag-grid-react'
import type { AffectingOverride } from '../store/scenarioOverrides'
import type { GridContext } from './gridContext'
import { RangeBadge } from './rangeAction/RangeBadge'

function describe({ override, scenarioName }: AffectingOverride): string {
  const from = override.fromMonth ? ` from month ${override.fromMonth}` : ''
  const what =
    override.op === 'insert'
      ? 'added this row'
      : override.op === 'remove'
        ? 'removes this row'
        : `${override.op} ${override.value}`
  return `${scenarioName}: ${what}${from}`
}

export interface OverrideCellParams {
  path: string
  baselineText: string
  label: string
  /** "Range 8,000 – 20,000 (PERT)" when the cell's input carries a range. */
  rangeText?: string
}

/**
 * A cell a scenario changes: its value, the baseline and the overrides on hover, and — for the
 * active scenario's own override — a one-click reset to the baseline.
 */
export function OverrideCell(props: CustomCellRendererProps & OverrideCellParams) {
  const context = (props.context as { current: GridContext }).current
  const overrides = context.overridesAt(props.path)
  const own = overrides.some((override) => override.own)
  const title = [
    `Baseline: ${props.baselineText || 'blank'}`,
    ...overrides.map(describe),
    ...(props.rangeText ? [props.rangeText] : []),
  ].join('\n')
  return (
    <span className="override-cell" title={title}>
      <span className="override-cell-value">
        {props.valueFormatted ?? String(props.value ?? '')}
      </span>
      {props.rangeText && <RangeBadge text={props.rangeText} />}
      {own && (
        <button
          type="button"
          className="override-reset"
          aria-label={`Reset ${props.label} to baseline`}
          title={`Reset to baseline (${props.baselineText || 'blank'})`}
          onClick={(event) => {
            event.stopPropagation()
            context.resetOverride(props.path, props.label)
          }}
        >
          ↺
        </button>
      )}
    </span>
  )
}
