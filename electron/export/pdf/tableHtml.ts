/**
 * A ReportTable as an HTML table, every cell formatted by the shared cellText, so the PDF shows
 * a figure exactly as the screen's copy, the CSV's reader and the deck do. Numbers align right;
 * a zone reads as its icon and words in its colour, legible in greyscale too.
 */
import {
  cellKind,
  cellText,
  isTextKind,
  type ReportTable,
} from '../../../shared/report/reportTable'
import { zoneOfLabel, zoneStyles } from '../../../shared/report/zones'
import { escapeHtml } from './escape'

const isNumeric = (table: ReportTable, row: number, col: number) =>
  !isTextKind(cellKind(table, row, col))

function cellHtml(table: ReportTable, row: number, col: number): string {
  const text = cellText(table, row, col)
  if (cellKind(table, row, col) === 'zone') {
    const zone = zoneOfLabel(text)
    if (zone)
      return `<td class="zone zone-${zone}">${zoneStyles[zone].icon} ${escapeHtml(text)}</td>`
  }
  const className = isNumeric(table, row, col) ? ' class="num"' : ''
  return `<td${className}>${escapeHtml(text)}</td>`
}

/** Header cells align with their column: right for numbers (judged on the first row). */
function headHtml(table: ReportTable): string {
  const cells = table.columns.map((column, col) => {
    const className = table.rows.length > 0 && isNumeric(table, 0, col) ? ' class="num"' : ''
    return `<th${className}>${escapeHtml(column.label)}</th>`
  })
  return `<thead><tr>${cells.join('')}</tr></thead>`
}

/** `empty` is said instead of a table with no rows. */
export function tableHtml(table: ReportTable, empty: string): string {
  if (table.rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`
  const rows = table.rows.map(
    (cells, row) => `<tr>${cells.map((_, col) => cellHtml(table, row, col)).join('')}</tr>`,
  )
  return `<table>${headHtml(table)}<tbody>${rows.join('\n')}</tbody></table>`
}
