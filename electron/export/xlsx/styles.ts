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

/** Every styled cell names its font: a font without a name falls back to a serif in LibreOffice. */
const BASE_FONT: Partial<Font> = { name: 'Calibri', size: 11 }

const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }

export const HEADER_STYLE: Partial<Style> = {
  font: { ...BASE_FONT, bold: true },
  fill: HEADER_FILL,
  alignment: { vertical: 'top', wrapText: true },
  border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
}

export const TITLE_STYLE: Partial<Style> = {
  font: { ...BASE_FONT, italic: true, color: { argb: 'FF404040' } },
  alignment: { vertical: 'top', wrapText: true },
}

/** Financial-model convention: typed inputs in blue, calculations in black. */
const INPUT_FONT: Partial<Font> = { ...BASE_FONT, color: { argb: 'FF0000CC' } }

/** One shared style object per (format, input) pair: exceljs then writes few distinct styles. */
const cache = new Map<string, Partial<Style>>()

export function cellStyle(format: string | undefined, input: boolean): Partial<Style> {
  const key = `${format ?? ''}|${input}`
  let style = cache.get(key)
  if (!style) {
    style = {
      ...(format ? { numFmt: format } : {}),
      font: input ? INPUT_FONT : BASE_FONT,
    }
    cache.set(key, style)
  }
  return style
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15

/** Lines `text` wraps to in a cell `width` characters wide (by words, roughly as drawn). */
function linesIn(text: string, width: number): number {
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > width) {
      lines += 1
      used = word.length
    } else used += (used > 0 ? 1 : 0) + word.length
  }
  return lines
}

/** A row height that shows wrapped `texts` whole, each in its column's width. */
export const rowHeight = (texts: readonly { text: string; width: number }[]): number =>
  LINE_HEIGHT * Math.max(1, ...texts.map(({ text, width }) => linesIn(text, width - 1))) + 3

/** Printing: landscape, every column on the page width. */
export const PAGE_SETUP = {
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
} as const
