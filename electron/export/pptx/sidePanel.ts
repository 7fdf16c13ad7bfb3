/** The narrow column beside a chart: exact figures the chart only shows by position. */
import type { ReportTable } from '../../../shared/report/reportTable'
import type { Slide } from './deck'
import { drawTable } from './tables/drawTable'
import { layoutTable } from './tables/tableLayout'
import { addHeading, rowsThatFit } from './tables/tableSlides'
import { colors, FONT, frame } from './theme'

const PANEL_W = 4
const PANEL_GAP = 0.3
/** What is left for the chart beside the panel. */
export const CHART_BESIDE_PANEL_W = frame.width - PANEL_W - PANEL_GAP
const panelX = frame.x + CHART_BESIDE_PANEL_W + PANEL_GAP

/** A heading, then the table (its rows as they fit the body's height). */
export function addPanelTable(slide: Slide, heading: string, table: ReportTable): void {
  addHeading(slide, heading, frame.body.y, panelX, PANEL_W)
  const laid = layoutTable(table, PANEL_W)
  const rows = rowsThatFit(laid.rowHeights, 0, frame.body.h - 0.45 - laid.headerHeight)
  drawTable(slide, laid, 0, rows, { x: panelX, y: frame.body.y + 0.45 })
}

export interface Fact {
  label: string
  value: string
}

/** Label over value, one pair under the other. */
export function addPanelFacts(slide: Slide, heading: string, facts: readonly Fact[]): void {
  addHeading(slide, heading, frame.body.y, panelX, PANEL_W)
  slide.addText(
    facts.flatMap(({ label, value }) => [
      { text: label, options: { fontSize: 11, color: colors.muted, breakLine: true } },
      {
        text: value,
        options: {
          fontSize: 15,
          bold: true,
          color: colors.title,
          breakLine: true,
          paraSpaceAfter: 12,
        },
      },
    ]),
    {
      x: panelX,
      y: frame.body.y + 0.45,
      w: PANEL_W,
      h: frame.body.h - 0.45,
      margin: 0,
      fontFace: FONT,
      valign: 'top',
    },
  )
}
