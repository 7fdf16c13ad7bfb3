/**
 * Slide 3: gross margin by feature against each feature's floor. Columns, lowest margin first,
 * with the floor as a marker on each column (a combo of bars and a marker-only line): a line
 * series cannot sit on horizontal bars in PowerPoint, so the columns stand upright.
 */
import type { FeatureResult } from '../../../../shared/engine/results'
import { zoneStyles, zoneText } from '../../../../shared/report/zones'
import { addComboChart, chartOptions, pctAxisCode, pctLabelCode } from '../chartStyle'
import { addContentSlide, addNote, type Deck } from '../deck'
import { lowestMargin } from '../summaryText'
import { charsPerLine, fitLines } from '../textFit'
import { colors, frame, hex } from '../theme'

/** More columns than this and the names under them become unreadable. */
export const MAX_FEATURE_BARS = 12

const chartH = 4.55
/** Share of a column's slot its bar fills, from the gap width below (gap 60% of a bar). */
const gapWidthPct = 60
const barShare = 100 / (100 + gapWidthPct)

/** Lowest margin first; features without revenue have no margin and no column. */
function featuresByMargin(features: readonly FeatureResult[]): FeatureResult[] {
  return features
    .filter((feature) => feature.grossMarginPct !== null)
    .sort((a, b) => (a.grossMarginPct ?? 0) - (b.grossMarginPct ?? 0))
}

/** Above floor in the accent colour; only near and below floor take their zone colour. */
const barColor = (feature: FeatureResult): string =>
  feature.zone === 'red' || feature.zone === 'yellow'
    ? hex(zoneStyles[feature.zone].color)
    : colors.accent

function leftOutNote(shown: number, withMargin: number, total: number): string {
  const parts = ['Marks show each feature’s floor; red columns are below it, amber near it.']
  if (shown < withMargin) parts.push(`Showing the ${shown} lowest margins of ${withMargin}.`)
  const noRevenue = total - withMargin
  if (noRevenue > 0) {
    parts.push(
      `${noRevenue} ${noRevenue === 1 ? 'feature has' : 'features have'} no revenue and no margin.`,
    )
  }
  return parts.join(' ')
}

export function addFeatureMarginSlide(deck: Deck): void {
  const { report } = deck
  const slide = addContentSlide(
    deck,
    'Gross margin by feature against its floor',
    lowestMargin(report) ?? 'No feature has revenue this month, so no feature has a margin.',
  )
  const all = featuresByMargin(report.result.features)
  const shown = all.slice(0, MAX_FEATURE_BARS)
  addNote(
    slide,
    leftOutNote(shown.length, all.length, report.result.features.length),
    frame.body.y + chartH + 0.1,
  )
  if (shown.length === 0) return

  const slotW = (frame.width - 1) / shown.length
  const nameChars = charsPerLine(Math.min(slotW, 3) - 0.1, 11)
  // Name (up to two lines) and zone in words under each column: the zone reads without colour.
  const labels = shown.map(
    (feature) =>
      `${fitLines(report.names.features[feature.id] ?? feature.id, nameChars, 2)}\n${zoneText(feature.zone)}`,
  )
  const markerPt = Math.round(Math.min(40, Math.max(6, slotW * barShare * 72 * 0.7)))
  addComboChart(
    slide,
    [
      {
        type: 'bar',
        data: [{ name: 'Gross margin', labels, values: shown.map((f) => f.grossMarginPct ?? 0) }],
        options: {
          barDir: 'col',
          barGapWidthPct: gapWidthPct,
          chartColors: shown.map(barColor),
          showValue: true,
          dataLabelPosition: 'outEnd',
          dataLabelFormatCode: pctLabelCode,
        },
      },
      {
        type: 'line',
        data: [{ name: 'Floor', labels, values: shown.map((f) => f.floorPct) }],
        options: {
          chartColors: [colors.floor],
          lineSize: 0,
          lineDataSymbol: 'dash',
          lineDataSymbolSize: markerPt,
          showValue: false,
        },
      },
    ],
    {
      ...chartOptions(
        { x: frame.x, y: frame.body.y, w: frame.width, h: chartH },
        { value: 'Gross margin', category: 'Feature' },
      ),
      valAxisLabelFormatCode: pctAxisCode,
      showLegend: false,
    },
  )
}
