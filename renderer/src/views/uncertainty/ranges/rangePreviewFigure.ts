/**
 * The small chart of one range's distribution (DESIGN.md §11): its density between low and high
 * (a lognormal over its central 99%), with low, likely and high marked where they fall.
 */
import type { Figure } from '../../../../../shared/charts/figure'
import { verticalMarkers, type VerticalMarker } from '../../../../../shared/charts/markers'
import { axis, baseLayout, palette, withAlpha } from '../../../../../shared/charts/theme'
import type { Range } from '../../../../../shared/model/types'
import { likelyValueOf, rangeDensity } from '../../../../../shared/simulation'
import type { NumberKind } from '../../../grids/parseInput'
import { usesLikely } from './rangeShapes'
import { formatRangeValue, rangeValueKind } from './rangeTargets'

/** Enough points for a smooth curve at a few hundred pixels wide. */
const PREVIEW_POINTS = 80

function markersOf(range: Range, format: (value: number) => string): VerticalMarker[] {
  const percentiles = !usesLikely(range.shape)
  const middle = likelyValueOf(range)
  return [
    { x: range.low, label: `${percentiles ? 'P5' : 'Low'} ${format(range.low)}` },
    // Lower down, so it does not run into the label of an end it sits close to.
    {
      x: middle,
      label: `${percentiles ? 'Median' : 'Likely'} ${format(middle)}`,
      labelTop: 0.72,
      color: palette.accent,
    },
    {
      x: range.high,
      label: `${percentiles ? 'P95' : 'High'} ${format(range.high)}`,
      labelSide: 'left',
    },
  ]
}

const TICK_AFFIXES: Record<NumberKind, { tickprefix?: string; ticksuffix?: string }> = {
  money: { tickprefix: '$' },
  percent: { ticksuffix: '%' },
  number: {},
  integer: {},
}

export function rangePreviewFigure(range: Range, height: number): Figure {
  const format = (value: number) => formatRangeValue(range.path, value)
  const { x, y } = rangeDensity(range, PREVIEW_POINTS)
  // A zero-width range is one value: a single mark, not a curve.
  const curve =
    x.length === 1
      ? { type: 'scatter' as const, mode: 'markers' as const, marker: { color: palette.accent } }
      : {
          type: 'scatter' as const,
          mode: 'lines' as const,
          fill: 'tozeroy' as const,
          fillcolor: withAlpha(palette.accent, 0.15),
          line: { color: palette.accent, width: 2 },
        }
  const { shapes, annotations } = verticalMarkers(x.length === 1 ? [] : markersOf(range, format))
  return {
    data: [{ ...curve, x, y, hoverinfo: 'skip', showlegend: false }],
    layout: baseLayout({
      height,
      margin: { l: 8, r: 8, t: 8, b: 24 },
      xaxis: axis({
        showgrid: false,
        tickfont: { color: palette.muted, size: 10 },
        ...TICK_AFFIXES[rangeValueKind(range.path)],
      }),
      yaxis: axis({ visible: false, rangemode: 'tozero' }),
      shapes,
      annotations,
    }),
  }
}
