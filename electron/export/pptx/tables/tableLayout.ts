/**
 * Sizes a report table for a slide: column widths from what the cells hold, long text wrapped to
 * at most three lines (then "…"), and each row's height, so tables split across slides before
 * PowerPoint would grow them off the bottom.
 */
import type { Zone } from '../../../../shared/engine/results'
import {
  cellKind,
  cellText,
  isTextKind,
  type ReportTable,
} from '../../../../shared/report/reportTable'
import { zoneOfLabel, zoneText } from '../../../../shared/report/zones'
import { clipToLines, inches, lineCount, shorten } from '../textFit'

export const TABLE_FONT_PT = 11
/** pptxgenjs' default cell margins: 0.1 in left and right, 0.05 in top and bottom. */
const PAD_X = 0.2
const PAD_Y = 0.1
const LINE_H = inches(TABLE_FONT_PT * 1.2)
const MAX_TEXT_LINES = 3
const HEADER_LINES = 3
/** A long header (a scenario's name) wraps rather than widen its column... */
const HEADER_CHARS = 20
/** ...and is cut past this: a scenario's name up to a short sentence stays whole. */
const HEADER_MAX_CHARS = 80
/** Header labels are bold, and bold Arial runs about 8% wider: measured as a larger size. */
const HEADER_FONT_PT = TABLE_FONT_PT * 1.08
/** Text columns wider than this many characters wrap instead of widening the table. */
const TEXT_CHARS = 36
const MIN_TEXT_WIDTH = 1.4
/** A table with few, short columns is widened to the slide only this much. */
const MAX_STRETCH = 1.6

export interface TableCellView {
  text: string
  align: 'left' | 'right'
  /** Set for a zone column's cells: drawn as icon and words in the zone's colour. */
  zone: Zone | null
}

export interface LaidOutTable {
  header: string[]
  rows: TableCellView[][]
  widths: number[]
  headerHeight: number
  rowHeights: number[]
}

function cellView(table: ReportTable, row: number, col: number): TableCellView {
  const kind = cellKind(table, row, col)
  const text = cellText(table, row, col)
  const zone = kind === 'zone' ? (zoneOfLabel(text) ?? null) : null
  return {
    text: zone ? zoneText(zone) : text,
    align: isTextKind(kind) ? 'left' : 'right',
    zone,
  }
}

const charWidth = inches(TABLE_FONT_PT * 0.55)
/** Figures must never wrap: "%" and "$" are wider than a digit, so numbers get a little slack. */
const FIGURE_SLACK_CHARS = 2

/** Room a column asks for: its longest cell (text capped), its header over up to three lines. */
function naturalWidth(header: string, cells: readonly TableCellView[]): number {
  const longestWord = Math.max(0, ...header.split(/\s+/).map((word) => word.length))
  // Bold, and a word must never break: one character of slack on the header's longest word.
  const headerChars =
    Math.min(HEADER_CHARS, Math.max(longestWord + 1, Math.ceil(header.length / HEADER_LINES))) *
    (HEADER_FONT_PT / TABLE_FONT_PT)
  const cellChars = Math.max(
    0,
    ...cells.map((cell) =>
      cell.align === 'left'
        ? Math.min(cell.text.length, TEXT_CHARS)
        : cell.text.length + FIGURE_SLACK_CHARS,
    ),
  )
  return Math.max(headerChars, cellChars) * charWidth + PAD_X
}

function fitWidths(
  natural: readonly number[],
  isText: readonly boolean[],
  width: number,
): number[] {
  const total = natural.reduce((sum, w) => sum + w, 0)
  if (total <= width) return natural.map((w) => w * Math.min(width / total, MAX_STRETCH))
  // Too wide: text columns give way first (they wrap), then every column shrinks alike.
  const fixed = natural.reduce((sum, w, i) => sum + (isText[i] ? 0 : w), 0)
  const textTotal = total - fixed
  const textScale = Math.max(0, width - fixed) / textTotal
  const squeezed = natural.map((w, i) => (isText[i] ? Math.max(MIN_TEXT_WIDTH, w * textScale) : w))
  const squeezedTotal = squeezed.reduce((sum, w) => sum + w, 0)
  return squeezed.map((w) => (w * width) / Math.max(width, squeezedTotal))
}

const heightOf = (lines: number): number => lines * LINE_H + PAD_Y

export function layoutTable(table: ReportTable, width: number): LaidOutTable {
  const labels = table.columns.map((column) => column.label)
  const views = table.rows.map((_, row) => labels.map((_label, col) => cellView(table, row, col)))
  const natural = labels.map((label, col) =>
    naturalWidth(
      label,
      views.map((row) => row[col] ?? { text: '', align: 'left', zone: null }),
    ),
  )
  const isText = labels.map((_, col) => views.some((row) => row[col]?.align === 'left'))
  const widths = fitWidths(natural, isText, width)
  const inner = widths.map((w) => w - PAD_X)
  const rows = views.map((row) =>
    row.map((cell, col) =>
      cell.align === 'left'
        ? { ...cell, text: clipToLines(cell.text, inner[col] ?? 1, TABLE_FONT_PT, MAX_TEXT_LINES) }
        : cell,
    ),
  )
  // Cut by length, not by measure: the measure errs wide, and a header needs every word it can keep.
  const header = labels.map((label) => shorten(label, HEADER_MAX_CHARS))
  const linesOf = (texts: readonly string[], fontPt = TABLE_FONT_PT) =>
    Math.max(1, ...texts.map((text, col) => lineCount(text, inner[col] ?? 1, fontPt)))
  return {
    header,
    rows,
    widths,
    headerHeight: heightOf(linesOf(header, HEADER_FONT_PT)),
    rowHeights: rows.map((row) => heightOf(linesOf(row.map((cell) => cell.text)))),
  }
}
