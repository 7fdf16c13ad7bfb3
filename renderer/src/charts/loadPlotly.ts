/**
 * Plotly is ~5 MB of script: loaded on first use, never at start-up, so the window paints (and
 * the KPIs show) before it is parsed. The first chart starts the load; later ones reuse it.
 */
import type Plotly from 'plotly.js-strict-dist-min'

export type PlotlyModule = typeof Plotly

let loaded: PlotlyModule | null = null
let loading: Promise<PlotlyModule> | null = null

/** Plotly if it has already loaded, so charts drawn after the first need no placeholder. */
export function loadedPlotly(): PlotlyModule | null {
  return loaded
}

export function loadPlotly(): Promise<PlotlyModule> {
  loading ??= import('plotly.js-strict-dist-min').then((module) => {
    loaded = module.default
    return loaded
  })
  return loading
}
