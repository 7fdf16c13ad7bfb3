/**
 * Turns what a person types or pastes into a cell into a number, accepting the spreadsheet forms
 * finance people use ("$1,200", "12%", "2.5k", "(500)", "1 200") only where they cannot be misread.
 * Anything ambiguous ("1,2" could be a European decimal) is refused with the reason, never guessed.
 */

export type NumberKind = 'integer' | 'number' | 'money' | 'percent'

export type ParseResult = { ok: true; value: number | null } | { ok: false; reason: string }

const SCALE_SUFFIXES: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 }
const MINUS_SIGNS = /^[-\u2212]/
/** Regular and non-breaking spaces Excel and Sheets use as thousands separators. */
const GROUP_SPACES = /[ \u00a0\u202f]/

function refuse(raw: string, reason: string): ParseResult {
  return { ok: false, reason: `'${raw}' ${reason}` }
}

/** "1,234,567.5" or "1 234 567.5": separators only between full groups of three digits. */
function stripGroupSeparators(digits: string): string | null {
  const separator = digits.includes(',') ? ',' : GROUP_SPACES.test(digits) ? 'space' : null
  if (separator === null) return digits
  if (separator === ',' && GROUP_SPACES.test(digits)) return null
  const point = digits.indexOf('.')
  const whole = point < 0 ? digits : digits.slice(0, point)
  const fraction = point < 0 ? undefined : digits.slice(point + 1)
  // "1.200,50" is a European 1200.5: separators after the point are never grouping.
  if (fraction !== undefined && /[, \u00a0\u202f]/.test(fraction)) return null
  const groups = separator === ',' ? whole.split(',') : whole.split(GROUP_SPACES)
  const [head = '', ...rest] = groups
  if (!/^\d{1,3}$/.test(head) || rest.some((group) => !/^\d{3}$/.test(group))) return null
  return groups.join('') + (fraction === undefined ? '' : `.${fraction}`)
}

/**
 * Parses `raw` for a field of `kind`. Blank input gives `{ ok: true, value: null }`: the caller
 * decides whether the field may be cleared.
 */
export function parseNumberInput(raw: string, kind: NumberKind): ParseResult {
  let text = raw.trim()
  if (text === '') return { ok: true, value: null }

  let negative = false
  // Accounting negatives: "(500)" and "($500)" as Excel shows them.
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true
    text = text.slice(1, -1).trim()
  }
  if (MINUS_SIGNS.test(text)) {
    if (negative) return refuse(raw, 'has two minus signs')
    negative = true
    text = text.slice(1).trim()
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim()
  }

  const hasDollar = text.startsWith('$')
  if (hasDollar) {
    if (kind === 'percent') return refuse(raw, 'is a dollar amount; this field is a percent')
    text = text.slice(1).trim()
    // "$-500" is as clear as "-$500".
    if (MINUS_SIGNS.test(text) && !negative) {
      negative = true
      text = text.slice(1).trim()
    }
  }

  const hasPercent = text.endsWith('%')
  if (hasPercent) {
    if (kind !== 'percent') return refuse(raw, 'is a percent; this field is not')
    text = text.slice(0, -1).trim()
  }

  let scale = 1
  const suffix = text.slice(-1)
  if (suffix in SCALE_SUFFIXES && /\d/.test(text.slice(-2, -1))) {
    if (kind === 'percent') return refuse(raw, 'has a k/M/B suffix; a percent cannot')
    scale = SCALE_SUFFIXES[suffix] ?? 1
    text = text.slice(0, -1)
  } else if (/[\d.]m$/.test(text)) {
    return refuse(raw, "is ambiguous: write 'M' for millions")
  }

  if (!/^[\d.,e+\- \u00a0\u202f]+$/i.test(text)) return refuse(raw, 'is not a number')
  const digits = stripGroupSeparators(text)
  if (digits === null) {
    return refuse(raw, 'has ambiguous separators: use 1,234.5 or 1234.5')
  }
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(digits)) return refuse(raw, 'is not a number')

  const magnitude = Number(digits) * scale
  const value = negative && magnitude !== 0 ? -magnitude : magnitude
  if (!Number.isFinite(value)) return refuse(raw, 'is too large')
  if (kind === 'integer' && !Number.isInteger(value)) return refuse(raw, 'must be a whole number')
  // Scaling by 1e3 can leave float noise ("0.1k" → 100.00000000000001); suffixes mean exact.
  return { ok: true, value: scale === 1 ? value : Number(value.toPrecision(15)) }
}
