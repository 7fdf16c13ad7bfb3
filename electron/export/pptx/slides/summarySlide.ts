/** Slide 2: the headline numbers as tiles, the takeaway above them and the facts behind them below. */
import type PptxGenJS from 'pptxgenjs'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { formatFloorPct, formatMonth } from '../../../../shared/report/labels'
import { countByZone, zoneStyles, zoneText } from '../../../../shared/report/zones'
import { addContentSlide, type Deck, type Slide } from '../deck'
import { summaryHighlights, summaryTakeaway } from '../summaryText'
import { colors, FONT, frame, hex } from '../theme'

interface Tile {
  label: string
  value: string
  detail: PptxGenJS.TextProps[]
}

const plain = (text: string): PptxGenJS.TextProps[] => [{ text }]

function tilesOf(report: BoardReport): Tile[] {
  const { portfolio } = report.result
  const zones = countByZone(report.result.features)
  const zone = zoneStyles[portfolio.zone]
  return [
    {
      label: 'Blended gross margin',
      value: formatPct(portfolio.grossMarginPct),
      // The zone in words (and its icon), so it reads without colour.
      detail: [
        { text: zoneText(portfolio.zone), options: { color: hex(zone.color), bold: true } },
        { text: ` · floor ${formatFloorPct(portfolio.floorPct)}` },
      ],
    },
    {
      label: 'Revenue',
      value: formatMoney(portfolio.revenue),
      detail: plain(`In ${formatMonth(report.month.label)}`),
    },
    {
      label: 'Gross profit',
      value: formatMoney(portfolio.grossProfit),
      detail: plain(`COGS ${formatMoney(portfolio.cogs)}`),
    },
    {
      label: 'AI COGS % of revenue',
      value: formatPct(portfolio.aiCogsPctOfRevenue),
      detail: plain(`AI COGS ${formatMoney(portfolio.aiCogs)}`),
    },
    {
      label: 'Features below floor',
      value: `${zones.red} of ${report.result.features.length}`,
      detail: plain(zones.yellow === 0 ? 'None near floor' : `${zones.yellow} near floor`),
    },
  ]
}

const gap = 0.25
const tileY = frame.body.y + 0.15
const tileH = 2.1
const valueMaxPt = 30

/** The largest size up to 30 pt at which the value stays on one line of the tile. */
function valueFontSize(value: string, width: number): number {
  return Math.min(valueMaxPt, Math.floor((width * 72) / (Math.max(1, value.length) * 0.6)))
}

function addTile(slide: Slide, tile: Tile, x: number, w: number): void {
  slide.addShape('rect', {
    x,
    y: tileY,
    w,
    h: tileH,
    fill: { color: 'FFFFFF' },
    line: { color: colors.rule, width: 1 },
  })
  slide.addShape('rect', {
    x,
    y: tileY,
    w,
    h: 0.06,
    fill: { color: colors.accent },
    line: { color: colors.accent, width: 0 },
  })
  const inner = { x: x + 0.15, w: w - 0.3, margin: 0, fontFace: FONT, valign: 'top' as const }
  slide.addText(tile.label, { ...inner, y: tileY + 0.2, h: 0.3, fontSize: 12, color: colors.muted })
  slide.addText(tile.value, {
    ...inner,
    y: tileY + 0.6,
    h: 0.7,
    fontSize: valueFontSize(tile.value, w - 0.3),
    bold: true,
    color: colors.title,
    valign: 'middle',
  })
  slide.addText(tile.detail, {
    ...inner,
    y: tileY + 1.45,
    h: 0.5,
    fontSize: 11,
    color: colors.text,
  })
}

export function addSummarySlide(deck: Deck): void {
  const { report } = deck
  const slide = addContentSlide(deck, 'Summary', summaryTakeaway(report))
  const tiles = tilesOf(report)
  const w = (frame.width - gap * (tiles.length - 1)) / tiles.length
  tiles.forEach((tile, index) => addTile(slide, tile, frame.x + index * (w + gap), w))
  const highlights = summaryHighlights(report)
  if (highlights.length === 0) return
  slide.addText(
    highlights.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    {
      x: frame.x,
      y: tileY + tileH + 0.45,
      w: frame.width,
      h: 1.9,
      margin: 0,
      fontFace: FONT,
      fontSize: 14,
      color: colors.text,
      valign: 'top',
      paraSpaceAfter: 8,
    },
  )
}
