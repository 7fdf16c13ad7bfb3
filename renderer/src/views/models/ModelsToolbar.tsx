import type { ReactNode } from 'react'
import { MonthSelect } from '../../frame/MonthSelect'
import { annualPriceDeclinePctOf } from '../../../../shared/model/defaults'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { formatNumber } from '../../../../shared/report/format'
import { monthName } from '../../../../shared/report/labels'
import { describeCall, type SampleCallChoice } from './sampleCalls'
import type { SampleCall } from '../../../../shared/engine/modelsAtMonth'

interface ModelsToolbarProps {
  doc: WorkspaceDoc
  month: number
  onMonth(month: number): void
  /** What API list prices are multiplied by in `month` (the engine's decline factor). */
  declineFactor: number
  choices: readonly SampleCallChoice[]
  chosen: SampleCallChoice | null
  call: SampleCall
  onChoose(key: string): void
  /** Buttons for the whole screen (catalog, price refresh…), in a row at the right. */
  children?: ReactNode
}

/** In words how this month's API prices relate to the list prices in the price history. */
function declineNote(doc: WorkspaceDoc, month: number, factor: number): string | null {
  const pct = annualPriceDeclinePctOf(doc)
  if (pct === 0) return null
  const rate = `${formatNumber(pct, 2)}% a year`
  if (month === 0) {
    return `API prices are list prices in ${monthName(doc, 0)}, then fall ${rate} (workspace setting).`
  }
  const share = `${formatNumber(factor * 100, 2)}%`
  return `API prices are ${share} of list in ${monthName(doc, month)}: they fall ${rate} from ${monthName(doc, 0)} (workspace setting).`
}

/**
 * The Models screen's choices: which forecast month's prices the grids show, and which step's call
 * the cost per 1,000 calls is for. Screen-wide buttons sit at its right end.
 */
export function ModelsToolbar(props: ModelsToolbarProps) {
  const { doc, month, onMonth, declineFactor, choices, chosen, call, onChoose, children } = props
  const note = declineNote(doc, month, declineFactor)
  return (
    <div className="models-toolbar" role="toolbar" aria-label="Models view settings">
      <div className="models-toolbar__row">
        <label className="inline-field">
          Prices in force in
          <MonthSelect doc={doc} value={month} onMonth={onMonth} data-testid="models-month" />
        </label>
        <label className="inline-field">
          Cost per 1,000 calls at the tokens of
          {chosen === null ? (
            <span className="models-toolbar__fixed" data-testid="models-call">
              a sample call (no steps yet)
            </span>
          ) : (
            <select
              value={chosen.key}
              onChange={(event) => onChoose(event.target.value)}
              className="models-toolbar__call"
              data-testid="models-call"
            >
              {choices.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </label>
        <span className="toolbar-spacer" />
        {children !== undefined && <div className="models-toolbar__buttons">{children}</div>}
      </div>
      <p className="models-toolbar__note" data-testid="models-call-shape">
        {describeCall(call)}.{note === null ? '' : ` ${note}`}
      </p>
    </div>
  )
}
