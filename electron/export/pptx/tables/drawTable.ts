/** Draws rows of a laid-out table: a tinted header, hairlines between rows, numbers right-aligned. */
import type PptxGenJS from 'pptxgenjs'
import { zoneStyles } from '../../../../shared/report/zones'
import type { Slide } from '../deck'
import { colors, FONT, hex } from '../theme'
import { TABLE_FONT_PT, type LaidOutTable, type TableCellView } from './tableLayout'

const none: PptxGenJS.BorderProps = { type: 'none' }
const hairline: PptxGenJS.BorderProps = { type: 'solid', pt: 0.75, color: colors.rule }
/** Top, right, bottom, left. */
const underline: [
  PptxGenJS.BorderProps,
  PptxGenJS.BorderProps,
  PptxGenJS.BorderProps,
  PptxGenJS.BorderProps,
] = [none, none, hairline, none]

function headerCell(text: string, align: TableCellView['align']): PptxGenJS.TableCell {
  return {
    text,
    options: {
      bold: true,
      color: colors.title,
      fill: { color: colors.headerFill },
      align,
      valign: 'bottom',
      border: underline,
    },
  }
}

function bodyCell(cell: TableCellView): PptxGenJS.TableCell {
  const zone = cell.zone ? { color: hex(zoneStyles[cell.zone].color), bold: true } : {}
  return {
    text: cell.text,
    options: { align: cell.align, valign: 'top', border: underline, ...zone },
  }
}

/** Rows [start, end) under the header, at (x, y); returns the height drawn. */
export function drawTable(
  slide: Slide,
  table: LaidOutTable,
  start: number,
  end: number,
  at: { x: number; y: number },
): number {
  const rows = table.rows.slice(start, end)
  const heights = [table.headerHeight, ...table.rowHeights.slice(start, end)]
  const alignOf = (col: number) => table.rows[0]?.[col]?.align ?? 'left'
  slide.addTable(
    [
      table.header.map((label, col) => headerCell(label, alignOf(col))),
      ...rows.map((row) => row.map(bodyCell)),
    ],
    {
      x: at.x,
      y: at.y,
      w: table.widths.reduce((sum, w) => sum + w, 0),
      colW: table.widths,
      rowH: heights,
      fontFace: FONT,
      fontSize: TABLE_FONT_PT,
      color: colors.text,
    },
  )
  return heights.reduce((sum, h) => sum + h, 0)
}
