/**
 * Number formats and styles, as the app shows figures (renderer/src/format.ts): whole dollars for
 * totals, four decimals for unit costs, percent VALUES (77.5 means 77.5%, so the format appends a
 * sign instead of multiplying by 100).
 */
import type { Fill, Font, Style } from 'exceljs'

export const FORMAT = {
  money: '$#,##0;-$#,##0',
  unitMoney: '$#,##0.0000;-$#,##0.0000',
  pricePerMTok: '$#,##0.00##',
  pct: '0.0"%"',
  count: '#,##0',
  fraction: '#,##0.00',
  factor: '0.000000',
  tokens: '#,##0',
} as const

/** Tab colours tell a reader which sheets to edit. */
export const TAB = {
  summary: 'FF1F4E79',
  result: 'FF548235',
  input: 'FF2F75B5',
  working: 'FF7F7F7F',
} as const

const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }

export const HEADER_STYLE: Partial<Style> = {
  font: { bold: true },
  fill: HEADER_FILL,
  alignment: { vertical: 'top', wrapText: true },
  border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
}

export const TITLE_STYLE: Partial<Style> = { font: { italic: true, color: { argb: 'FF404040' } } }

/** Financial-model convention: typed inputs in blue, calculations in black. */
const INPUT_FONT: Partial<Font> = { color: { argb: 'FF0000CC' } }

/** One shared style object per (format, input) pair: exceljs then writes few distinct styles. */
const cache = new Map<string, Partial<Style>>()

export function cellStyle(format: string | undefined, input: boolean): Partial<Style> {
  const key = `${format ?? ''}|${input}`
  let style = cache.get(key)
  if (!style) {
    style = {
      ...(format ? { numFmt: format } : {}),
      ...(input ? { font: INPUT_FONT } : {}),
    }
    cache.set(key, style)
  }
  return style
}
