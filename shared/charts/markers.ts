import type { Annotations, Shape } from 'plotly.js'
import { palette } from './theme'

export interface VerticalMarker {
  x: number | string
  label: string
  /** Paper height of the label's top: stagger labels of nearby markers so they do not overlap. */
  labelTop?: number
  color?: string
  /**
   * The side of the line the label reads on; default right. A marker near the right edge reads
   * leftwards, or its label runs off the plot.
   */
  labelSide?: 'left' | 'right'
}

/**
 * Where an annotation sits on the x axis. Plotly places shapes on a log axis at data values but
 * annotations at log10 positions, so a line and its label need different numbers there.
 */
function annotationX(x: number | string, logX: boolean): number | string {
  return logX && typeof x === 'number' ? Math.log10(x) : x
}

/** A full-height dotted vertical line at a data value (on a log axis too). */
export function verticalLine(x: number | string, color: string = palette.text): Partial<Shape> {
  return {
    type: 'line',
    xref: 'x',
    yref: 'paper',
    x0: x,
    x1: x,
    y0: 0,
    y1: 1,
    line: { color, width: 1.5, dash: 'dot' },
  }
}

/** A full-height vertical line with a label at its top: crossover, payback. */
function verticalMarker(
  marker: VerticalMarker,
  logX = false,
): {
  shape: Partial<Shape>
  annotation: Partial<Annotations>
} {
  const color = marker.color ?? palette.text
  const leftwards = marker.labelSide === 'left'
  return {
    shape: verticalLine(marker.x, color),
    annotation: {
      xref: 'x',
      yref: 'paper',
      x: annotationX(marker.x, logX),
      y: marker.labelTop ?? 1,
      xanchor: leftwards ? 'right' : 'left',
      yanchor: 'top',
      xshift: leftwards ? -4 : 4,
      text: marker.label,
      showarrow: false,
      bgcolor: 'rgba(255,255,255,0.85)',
      font: { size: 11, color },
    },
  }
}

/** Shapes and annotations of several markers, ready for a layout. */
export function verticalMarkers(
  markers: VerticalMarker[],
  logX = false,
): {
  shapes: Partial<Shape>[]
  annotations: Partial<Annotations>[]
} {
  const built = markers.map((marker) => verticalMarker(marker, logX))
  return { shapes: built.map((m) => m.shape), annotations: built.map((m) => m.annotation) }
}
