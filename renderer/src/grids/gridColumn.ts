/**
 * How a grid column is declared: what kind of value it holds, how to show it, and the edit path
 * of a row's cell. Parsing and copying by kind live here so every grid treats "$1,200" or "12%"
 * the same way.
 */
import type { ExplainRequest } from '../../../shared/engine/explain'
import type { JsonValue } from '../../../shared/model/editTypes'
import { formatNumber, formatPctTrimmed, formatUnitMoney } from '../../../shared/report/format'
import { parseNumberInput, type NumberKind } from './parseInput'

export type FieldKind = 'text' | 'enum' | NumberKind

export interface EnumOption {
  value: string
  label: string
}

export type CellValue = string | number | null | undefined

export interface GridColumn<Row> {
  id: string
  /** The field's name in messages: "Input price". */
  label: string
  /** Shown in the header after the label: "$/MTok" makes "Input price ($/MTok)". */
  unit?: string
  /** Header text in place of the label, where a group header already names the subject. */
  header?: string
  kind: FieldKind
  value(row: Row): CellValue
  /** The edit path of this row's cell; absent or null where the cell is read-only. */
  path?(row: Row): string | null
  /** Whether the field may be blanked (it then falls back to its default). */
  optional?: boolean
  /** Replaces parsing by kind, for values that are not one number or word (a list of models). */
  parse?(raw: string): ParsedCell
  /** What a blank cell stands for (its §2 default), shown muted in place of the blank. */
  fallback?(row: Row): number | undefined
  options?: readonly EnumOption[]
  /** Display text; defaults by kind. */
  format?(value: CellValue, row: Row): string
  /** Extra CSS classes for the cell, e.g. a zone. */
  cellClass?(row: Row): string | undefined
  headerTooltip?: string
  /** Consecutive columns with the same group share a header above theirs. */
  group?: string
  width?: number
  /** Share of the grid's spare width; with `minWidth`, a name column that grows to fit. */
  flex?: number
  minWidth?: number
  /** `true` keeps the column at the left edge while scrolling; 'right' at the right edge. */
  pinned?: boolean | 'right'
  /** Long text wraps onto more lines (the row grows) instead of being cut with "…". */
  wrap?: boolean
  /** A cell's tooltip, where its text alone could mislead (a dash for "no price"). */
  tooltip?(row: Row): string | undefined
  /** A computed cell's "how was this computed?" (hover, or `?` on the focused cell). */
  explain?(row: Row): ExplainRequest | null
}

export function columnHeader(
  column: Pick<GridColumn<unknown>, 'label' | 'unit' | 'header'>,
): string {
  const text = column.header ?? column.label
  return column.unit === undefined ? text : `${text} (${column.unit})`
}

/**
 * The header as shown: a narrow column wraps its header, and a unit such as "tokens/s/replica"
 * is one long word to the browser, which would break it mid-word. A zero-width space after each
 * slash of a long run lets it wrap there instead; short units ("$/MTok") stay whole.
 */
export function wrappableHeader(header: string): string {
  return header.replace(/\S{11,}/g, (run) => run.replace(/\//g, '/\u200B'))
}

export function isNumberKind(kind: FieldKind): kind is NumberKind {
  return kind !== 'text' && kind !== 'enum'
}

function optionLabel(options: readonly EnumOption[] | undefined, value: string): string {
  return options?.find((option) => option.value === value)?.label ?? value
}

export function formatByKind(
  kind: FieldKind,
  value: CellValue,
  options?: readonly EnumOption[],
): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'string') return kind === 'enum' ? optionLabel(options, value) : value
  switch (kind) {
    case 'money':
      return formatUnitMoney(value)
    case 'percent':
      return formatPctTrimmed(value)
    case 'integer':
      return formatNumber(value, 0)
    default:
      return formatNumber(value, 4)
  }
}

export type ParsedCell = { ok: true; value: JsonValue } | { ok: false; reason: string }

/** What a person typed or pasted into a cell, as the value to store, or why it is refused. */
export function parseCell<Row>(column: GridColumn<Row>, raw: string): ParsedCell {
  const text = raw.trim()
  const refuse = (reason: string): ParsedCell => ({
    ok: false,
    reason: `${column.label}: ${reason}`,
  })
  if (column.parse !== undefined) {
    const parsed = column.parse(text)
    return parsed.ok ? parsed : refuse(parsed.reason)
  }
  if (text === '') {
    return column.optional ? { ok: true, value: null } : refuse('a value is required')
  }
  if (column.kind === 'text') return { ok: true, value: text }
  if (column.kind === 'enum') {
    const wanted = text.toLowerCase()
    const match = column.options?.find(
      (option) => option.value.toLowerCase() === wanted || option.label.toLowerCase() === wanted,
    )
    if (match !== undefined) return { ok: true, value: match.value }
    const allowed = (column.options ?? []).map((option) => option.label).join(', ')
    return refuse(`'${text}' is not one of ${allowed}`)
  }
  const parsed = parseNumberInput(text, column.kind)
  return parsed.ok ? { ok: true, value: parsed.value } : refuse(parsed.reason)
}

/** A cell as TSV text that a spreadsheet, and `parseCell`, read back as the same value. */
export function copyText<Row>(column: GridColumn<Row>, value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string')
    return column.kind === 'enum' ? optionLabel(column.options, value) : value
  return column.kind === 'percent' ? `${value}%` : String(value)
}
