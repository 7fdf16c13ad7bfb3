import type { Font, Layout, PlotData } from 'plotly.js'

/**
 * Trace attributes Plotly supports but @types/plotly.js leaves out (waterfall measures, bar bases,
 * per-direction colours, inside/outside label fonts). Declared here so builders stay fully typed
 * instead of casting.
 */
interface TraceExtras {
  base: number | number[]
  measure: ('absolute' | 'relative' | 'total')[]
  connector: { line: { color: string; width: number; dash?: string } }
  increasing: { marker: { color: string } }
  decreasing: { marker: { color: string } }
  totals: { marker: { color: string } }
  insidetextfont: Partial<Font>
  outsidetextfont: Partial<Font>
}

export type Trace = Partial<PlotData> & Partial<TraceExtras>

/** What a `build…Figure` returns: everything Plotly needs, computed without a DOM. */
export interface Figure {
  data: Trace[]
  layout: Partial<Layout>
}
