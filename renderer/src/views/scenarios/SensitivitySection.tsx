import { useDeferredValue, useMemo, useState } from 'react'
import {
  DEFAULT_SWING_PCT,
  sensitivity,
  type SensitivityResult,
} from '../../../../shared/engine/sensitivity'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { ChartTitleContext } from '../../charts/chartContext'
import { TornadoChart } from '../../charts/TornadoChart'
import type { TornadoInputBar } from '../../../../shared/charts/tornadoFigure'
import { parseNumberInput } from '../../grids/parseInput'

function analyse(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  swingPct: number,
): SensitivityResult | string {
  try {
    return sensitivity(doc, { scenarioId, swingPct })
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** Bars the chart can draw: both ends have a margin. */
function drawable(result: SensitivityResult): TornadoInputBar[] {
  return result.bars.flatMap((bar) =>
    bar.marginAtLow === null || bar.marginAtHigh === null
      ? []
      : [
          {
            label: bar.label,
            marginAtLow: bar.marginAtLow,
            marginAtHigh: bar.marginAtHigh,
            swing: bar.swing,
          },
        ],
  )
}

interface SensitivitySectionProps {
  doc: WorkspaceDoc
  scenarioId: string | null
  onGoalSeek(): void
}

/** The tornado: each input moved down and up by the swing, one at a time, largest effect first. */
export function SensitivitySection({ doc, scenarioId, onGoalSeek }: SensitivitySectionProps) {
  const [swingPct, setSwingPct] = useState(DEFAULT_SWING_PCT)
  const [swingText, setSwingText] = useState(String(DEFAULT_SWING_PCT))
  const [swingError, setSwingError] = useState<string | null>(null)
  // Dozens of re-evaluations: let typing in grids stay ahead of the chart.
  const deferredDoc = useDeferredValue(doc)
  const result = useMemo(
    () => analyse(deferredDoc, scenarioId, swingPct),
    [deferredDoc, scenarioId, swingPct],
  )

  function applySwing() {
    const parsed = parseNumberInput(swingText, 'percent')
    if (!parsed.ok || parsed.value === null || parsed.value <= 0 || parsed.value > 100) {
      setSwingError(
        `Swing: ${parsed.ok ? `'${swingText}' must be above 0 and at most 100` : parsed.reason}`,
      )
      return
    }
    setSwingError(null)
    setSwingPct(parsed.value)
  }

  return (
    <section className="panel panel-card" aria-label="Sensitivity">
      <div className="grid-toolbar">
        <h3 className="grid-title">Sensitivity</h3>
        <span className="grid-hint">
          Blended gross margin when each input moves by the swing, one at a time.
        </span>
        <label className="inline-field">
          Swing ±
          <input
            type="text"
            className="num short-input"
            value={swingText}
            onChange={(event) => setSwingText(event.target.value)}
            onBlur={applySwing}
            onKeyDown={(event) => event.key === 'Enter' && applySwing()}
            aria-invalid={swingError !== null}
            data-testid="swing-input"
          />
          %
        </label>
        <button type="button" onClick={onGoalSeek} data-testid="goal-seek-open">
          Goal seek…
        </button>
      </div>
      {swingError && (
        <div className="edit-error" role="alert">
          {swingError}
        </div>
      )}
      {typeof result === 'string' ? (
        <p className="hint-warning">No sensitivity for this scenario: {result}</p>
      ) : result.baseMarginPct === null ? (
        <p className="muted">No revenue yet, so no margin to move: add prices and usage first.</p>
      ) : (
        // Not a chart card, so the saved image's title is given here.
        <ChartTitleContext value={`Sensitivity of gross margin, ±${swingPct}% swing`}>
          <TornadoChart baseMarginPct={result.baseMarginPct} bars={drawable(result)} />
        </ChartTitleContext>
      )}
    </section>
  )
}
