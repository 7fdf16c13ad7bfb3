/**
 * The margin plan (§12), after the options, when the workspace keeps backlog items or proposes a
 * lever that adds gross profit: one slide with the levers ranked by dollars, what the planned ones
 * add together in the message and how to read the table under it. Rows that would run off the
 * slide are left out and counted in the note, so the plan never continues onto a second slide.
 */
import {
  MARGIN_PLAN_TITLE,
  marginPlanMessage,
  marginPlanNote,
  marginPlanTable,
} from '../../../../shared/report/marginPlanTables'
import { addContentSlide, type Deck } from '../deck'
import { drawTable } from '../tables/drawTable'
import { layoutTable } from '../tables/tableLayout'
import { lineCount } from '../textFit'
import { bodyBottom, colors, FONT, frame } from '../theme'

const NOTE_PT = 11
const NOTE_LINE_H = (NOTE_PT * 1.2) / 72
const GAP = 0.15

export function addMarginPlanSlides(deck: Deck): void {
  const plan = deck.report.marginPlan
  if (plan === undefined) return
  const slide = addContentSlide(deck, MARGIN_PLAN_TITLE, marginPlanMessage(plan))
  const laid = layoutTable(marginPlanTable(plan), frame.width)
  const noteOf = (shown: number) =>
    marginPlanNote({ ...plan, leftOut: plan.leftOut + laid.rows.length - shown })
  const heightOf = (shown: number) =>
    laid.headerHeight +
    laid.rowHeights.slice(0, shown).reduce((sum, h) => sum + h, 0) +
    GAP +
    lineCount(noteOf(shown), frame.width, NOTE_PT) * NOTE_LINE_H
  // The note counts the rows left out, so its length depends on them: drop rows until both fit.
  let shown = laid.rows.length
  while (shown > 1 && heightOf(shown) > frame.body.h) shown -= 1
  const tableH = drawTable(slide, laid, 0, shown, { x: frame.x, y: frame.body.y })
  const noteY = frame.body.y + tableH + GAP
  slide.addText(noteOf(shown), {
    x: frame.x,
    y: noteY,
    w: frame.width,
    h: Math.max(NOTE_LINE_H, bodyBottom - noteY),
    margin: 0,
    fontFace: FONT,
    fontSize: NOTE_PT,
    color: colors.muted,
    valign: 'top',
  })
}
