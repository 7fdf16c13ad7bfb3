import Plotly from 'plotly.js-strict-dist-min'
import type { PlotMouseEvent, PlotlyHTMLElement } from 'plotly.js'
import { useEffect, useRef } from 'react'
import type { Figure } from './figure'
import { plotConfig } from './theme'
import './charts.css'

export interface PlotProps {
  figure: Figure
  /** What the chart shows, for screen readers (the SVG itself says nothing useful). */
  ariaLabel: string
  testId?: string
  /** Called with the clicked point's `customdata` (builders put entity ids there). */
  onPointClick?: (customdata: unknown) => void
}

/**
 * Plotly in React. `Plotly.react` diffs against the previous figure instead of re-plotting, so a
 * chart redrawn on every keystroke does not flicker; the element is purged on unmount.
 */
export function Plot({ figure, ariaLabel, testId, onPointClick }: PlotProps) {
  const container = useRef<HTMLDivElement>(null)
  const clickHandler = useRef(onPointClick)
  const listening = useRef(false)

  useEffect(() => {
    clickHandler.current = onPointClick
  }, [onPointClick])

  useEffect(() => {
    const element = container.current
    if (!element) return
    void Plotly.react(element, figure.data, figure.layout, plotConfig).then(
      (plot: PlotlyHTMLElement) => {
        if (listening.current) return
        listening.current = true
        plot.on('plotly_click', (event: PlotMouseEvent) => {
          clickHandler.current?.(event.points[0]?.customdata)
        })
      },
    )
  }, [figure])

  useEffect(() => {
    const element = container.current
    if (!element) return
    let frame = 0
    // The window resize that `responsive` handles misses grid reflows (a sidebar, a column change).
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        // Typed void, but returns a promise that rejects while the element is hidden (a collapsed
        // tab); the next resize catches up, so the rejection is expected and dropped.
        const pending: unknown = Plotly.Plots.resize(element)
        if (pending instanceof Promise) pending.catch(() => undefined)
      })
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
      Plotly.purge(element)
      listening.current = false
    }
  }, [])

  return (
    <div
      ref={container}
      className={onPointClick ? 'chart-plot chart-plot--clickable' : 'chart-plot'}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ height: figure.layout.height }}
    />
  )
}
