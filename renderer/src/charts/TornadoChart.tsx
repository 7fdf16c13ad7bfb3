import { useMemo } from 'react'
import { ChartEmpty } from './ChartEmpty'
import { ChartNote } from './ChartNote'
import { Plot } from './Plot'
import {
  buildTornadoFigure,
  defaultTornadoTopN,
  type TornadoInputBar,
} from '../../../shared/charts/tornadoFigure'

/** Fits shared/engine `SensitivityResult` as-is: `<TornadoChart {...sensitivity(doc)} />`. */
export interface TornadoChartProps {
  /** Null when the portfolio has no revenue: there is no margin to vary. */
  baseMarginPct: number | null
  bars: TornadoInputBar[]
  swingPct?: number
  topN?: number
  testId?: string
}

export function TornadoChart({
  baseMarginPct,
  bars,
  swingPct,
  topN = defaultTornadoTopN,
  testId = 'chart-tornado',
}: TornadoChartProps) {
  const figure = useMemo(
    () =>
      baseMarginPct === null ? null : buildTornadoFigure({ baseMarginPct, bars, swingPct }, topN),
    [baseMarginPct, bars, swingPct, topN],
  )
  if (figure === null) {
    return <ChartEmpty testId={testId} message="No revenue yet, so no margin to test." />
  }
  if (bars.length === 0) {
    return (
      <ChartEmpty testId={testId} message="No inputs to vary: add features with costs first." />
    )
  }
  const more = figure.moreCount
  return (
    <>
      <Plot
        figure={figure}
        testId={testId}
        ariaLabel="Sensitivity of gross margin to each input, largest swing first"
      />
      {more > 0 && (
        <ChartNote>{`${more} more ${more === 1 ? 'input' : 'inputs'} with smaller swings not shown`}</ChartNote>
      )}
    </>
  )
}
