import type { Config, PlotMouseEvent, PlotlyHTMLElement } from 'plotly.js'
import { useContext, useEffect, useRef, useState } from 'react'
import type { Figure } from '../../../shared/charts/figure'
import { ChartTitleContext, useChartSubject } from './chartContext'
import { loadedPlotly, loadPlotly, type PlotlyModule } from './loadPlotly'
import { configWithImageButton, type ChartImageSource } from './saveChartImage'
import './charts.css'

export interface PlotProps {
  figure: Figure
  /** What the chart shows, for screen readers (the SVG itself says nothing useful). */
  ariaLabel: string
  testId?: string
  /** Called with the clicked point's `customdata` (builders put entity ids there). */
  onPointClick?: (customdata: unknown) => void
}

/** Plotly once loaded; null meanwhile (the chart's box, sized, stands in for it). */
function usePlotly(): PlotlyModule | null {
  const [plotly, setPlotly] = useState(loadedPlotly)
  useEffect(() => {
    if (plotly !== null) return
    let mounted = true
    // Parsing Plotly holds the page for a moment: start when it is idle, and not at all if the
    // chart is gone by then (someone who opens another screen at once never waits for it).
    const idle = requestIdleCallback(
      () => {
        void loadPlotly().then((module) => {
          if (mounted) setPlotly(() => module)
        })
      },
      { timeout: 1000 },
    )
    return () => {
      mounted = false
      cancelIdleCallback(idle)
    }
  }, [plotly])
  return plotly
}

/**
 * Plotly in React. `Plotly.react` diffs against the previous figure instead of re-plotting, so a
 * chart redrawn on every keystroke does not flicker; the element is purged on unmount.
 */
export function Plot({ figure, ariaLabel, testId, onPointClick }: PlotProps) {
  const container = useRef<HTMLDivElement>(null)
  const clickHandler = useRef(onPointClick)
  const listening = useRef(false)
  const purged = useRef(false)
  const plotly = usePlotly()
  // Saved under its card's title; a chart without one, under what it says to screen readers.
  const title = useContext(ChartTitleContext) ?? ariaLabel
  const subjectOf = useChartSubject()
  const imageSource = useRef({ figure, title, subjectOf })
  // One config per chart: Plotly.react re-plots from scratch whenever the config changes.
  const config = useRef<Partial<Config> | null>(null)

  useEffect(() => {
    clickHandler.current = onPointClick
  }, [onPointClick])

  useEffect(() => {
    imageSource.current = { figure, title, subjectOf }
  }, [figure, title, subjectOf])

  useEffect(() => {
    const element = container.current
    if (!element || plotly === null) return
    config.current ??= configWithImageButton(plotly, (): ChartImageSource => {
      const { subjectOf: subjectNow, ...source } = imageSource.current
      return { ...source, subject: subjectNow() }
    })
    void plotly
      .react(element, figure.data, figure.layout, config.current)
      .then((plot: PlotlyHTMLElement) => {
        if (listening.current) return
        listening.current = true
        plot.on('plotly_click', (event: PlotMouseEvent) => {
          clickHandler.current?.(event.points[0]?.customdata)
        })
      })
      .catch((error: unknown) => {
        // A chart unmounted while Plotly was still laying it out: the purge took its layout from
        // under the plot's last step, which then fails. Nothing is left to draw; anything else
        // is a real failure.
        if (purged.current) return
        throw error
      })
  }, [figure, plotly])

  useEffect(() => {
    const element = container.current
    if (!element || plotly === null) return
    purged.current = false
    let frame = 0
    // The window resize that `responsive` handles misses grid reflows (a sidebar, a column change).
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        // Typed void, but returns a promise that rejects while the element is hidden (a collapsed
        // tab); the next resize catches up, so the rejection is expected and dropped.
        const pending: unknown = plotly.Plots.resize(element)
        if (pending instanceof Promise) pending.catch(() => undefined)
      })
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
      purged.current = true
      plotly.purge(element)
      listening.current = false
    }
  }, [plotly])

  return (
    <div
      ref={container}
      className={onPointClick ? 'chart-plot chart-plot--clickable' : 'chart-plot'}
      role="img"
      aria-label={ariaLabel}
      aria-busy={plotly === null}
      data-testid={testId}
      style={{ height: figure.layout.height }}
    />
  )
}
