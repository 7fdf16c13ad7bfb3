/**
 * Report tables laid out down as many slides as they need: tables stack while they fit, a long
 * one continues on the next slide under its repeated header, and a wide one is cut into column
 * groups. Rows stay at a readable size rather than shrinking to fit.
 */
import type { ReportTable } from '../../../../shared/report/reportTable'
import { addContentSlide, type Deck, type Slide } from '../deck'
import { bodyBottom, colors, FONT, frame } from '../theme'
import { drawTable } from './drawTable'
import { layoutTable } from './tableLayout'
import { sliceColumns } from './tableSlices'

/** Beyond this, columns get too narrow for "$1,234,567": the table is split into column groups. */
const MAX_COLUMNS = 9
const HEADING_H = 0.35
const GAP = 0.2
/** Neither a table's start at the foot of a slide nor its end on the next has fewer rows than this. */
const MIN_ROWS = 2

export interface TableBlock {
  table: ReportTable
  /** A heading drawn above the table, for slides that hold several. */
  heading?: string
}

export function addTableSlides(
  deck: Deck,
  title: string,
  message: string | undefined,
  blocks: readonly TableBlock[],
): void {
  let slide: Slide | null = null
  let y = frame.body.y
  const newSlide = (): Slide => {
    const first = slide === null
    slide = addContentSlide(
      deck,
      first ? title : `${title} (continued)`,
      first ? message : undefined,
    )
    y = frame.body.y
    return slide
  }
  for (const block of blocks) {
    for (const table of sliceColumns(block.table, MAX_COLUMNS)) {
      const laid = layoutTable(table, frame.width)
      const headingH = block.heading ? HEADING_H : 0
      let start = 0
      while (start < laid.rows.length) {
        let page: Slide = slide ?? newSlide()
        let room = bodyBottom - y - headingH - laid.headerHeight
        let fit = rowsThatFit(laid.rowHeights, start, room)
        if (fit < Math.min(MIN_ROWS, laid.rowHeights.length - start) && y > frame.body.y) {
          page = newSlide()
          room = bodyBottom - y - headingH - laid.headerHeight
          fit = rowsThatFit(laid.rowHeights, start, room)
        }
        // A row taller than a whole slide still goes somewhere.
        const end = start + withoutWidow(Math.max(1, fit), laid.rows.length - start)
        if (block.heading) {
          addHeading(page, start === 0 ? block.heading : `${block.heading} (continued)`, y)
          y += HEADING_H
        }
        y += drawTable(page, laid, start, end, { x: frame.x, y }) + GAP
        start = end
      }
    }
  }
}

/** Rows to draw of the `remaining`: fewer when the rest would leave a lone row on the next slide. */
function withoutWidow(fit: number, remaining: number): number {
  const left = remaining - fit
  if (left <= 0 || left >= MIN_ROWS) return fit
  const moved = MIN_ROWS - left
  return fit - moved >= MIN_ROWS ? fit - moved : fit
}

/** How many rows from `start` fit in `room` inches, whole rows only. */
export function rowsThatFit(heights: readonly number[], start: number, room: number): number {
  let used = 0
  let count = 0
  for (const h of heights.slice(start)) {
    if (used + h > room) break
    used += h
    count += 1
  }
  return count
}

/** A table's heading in the deck's style, across `w` inches from `x` (the frame by default). */
export function addHeading(
  slide: Slide,
  text: string,
  y: number,
  x: number = frame.x,
  w: number = frame.width,
): void {
  slide.addText(text, {
    x,
    y,
    w,
    h: HEADING_H - 0.05,
    margin: 0,
    fontFace: FONT,
    fontSize: 13,
    bold: true,
    color: colors.title,
    valign: 'top',
  })
}
