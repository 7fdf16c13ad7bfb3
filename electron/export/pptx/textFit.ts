/**
 * Rough text metrics, so long names wrap or end in "…" instead of running off a slide. pptxgenjs
 * cannot measure text; an average glyph width is enough to size boxes and split tables.
 */
import { shorten, wrapWords } from '../../../shared/report/labels'

/** Average Arial glyph width as a share of the font size (digits are 0.556 em, most letters less). */
const AVERAGE_EM = 0.55

export function charsPerLine(widthIn: number, fontPt: number): number {
  return Math.max(1, Math.floor((widthIn * 72) / (fontPt * AVERAGE_EM)))
}

/** At most `maxLines` lines of `lineChars`, broken between words, the rest cut with "…". */
export function fitLines(text: string, lineChars: number, maxLines: number): string {
  return wrapWords(text, lineChars, maxLines).join('\n')
}

/** The shared one-line cut, so slides and the PDF shorten names alike. */
export { shorten }

/** Lines as PowerPoint wraps a paragraph: between words, and inside a word longer than a line. */
function wrappedLines(paragraph: string, lineChars: number): number {
  let lines = 0
  let used = 0
  for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
    if (used > 0 && used + 1 + word.length <= lineChars) {
      used += 1 + word.length
      continue
    }
    lines += Math.ceil(word.length / lineChars)
    used = word.length % lineChars || lineChars
  }
  return Math.max(1, lines)
}

/** How many lines `text` takes in a box `widthIn` wide, each explicit line break counted. */
export function lineCount(text: string, widthIn: number, fontPt: number): number {
  const lineChars = charsPerLine(widthIn, fontPt)
  return text.split('\n').reduce((total, p) => total + wrappedLines(p, lineChars), 0)
}

/**
 * Text for a box that wraps it (a table cell): whole when it takes at most `maxLines` lines,
 * otherwise cut short with "…" (a little early, as words rarely fill a line).
 */
export function clipToLines(
  text: string,
  widthIn: number,
  fontPt: number,
  maxLines: number,
): string {
  if (lineCount(text, widthIn, fontPt) <= maxLines) return text
  const keep = Math.floor(charsPerLine(widthIn, fontPt) * maxLines * 0.85)
  return `${text.slice(0, keep).trimEnd()}…`
}

/** Points to inches. */
export const inches = (points: number): number => points / 72
