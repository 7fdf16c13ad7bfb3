import { useEffect, useState } from 'react'
import { Plot, type PlotProps } from '../../../charts/Plot'

/**
 * How many of `count` charts to draw so far: one more per task, each after the one before has
 * drawn, so a run's charts (Plotly: tens of milliseconds each) never add up to one long task that
 * holds the window. Starts over at one when `key` (the run) changes.
 */
export function useChartsInTurn(count: number, key: unknown): number {
  const [drawn, setDrawn] = useState({ key, count: 1 })
  const current = drawn.key === key ? drawn.count : 1
  useEffect(() => {
    if (current >= count) return
    const next = setTimeout(() => setDrawn({ key, count: current + 1 }), 0)
    return () => clearTimeout(next)
  }, [current, count, key])
  return current
}

/** A chart whose turn may not have come yet: until then, its box at its height, so nothing jumps. */
export function PlotInTurn({ drawn, ...plot }: PlotProps & { drawn: boolean }) {
  if (drawn) return <Plot {...plot} />
  return (
    <div
      className="chart-plot"
      aria-busy="true"
      aria-label={plot.ariaLabel}
      role="img"
      style={{ height: plot.figure.layout.height }}
    />
  )
}
