/**
 * Reading one value of a usage row: a UTC day, a token count, a USD amount. Each reader throws a
 * `FieldError` naming the field, so a parser reads a whole row and rejects it with one message.
 */

/** A value a row cannot be read with; `parseRow` turns it into a rejection of the row. */
export class FieldError extends Error {
  override name = 'FieldError'
}

/** How a value is shown in a message: text quoted, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value))
}

/** Nothing there: absent, null or an empty CSV cell. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

const DAY_MS = 86_400_000
/** The furthest a JavaScript date reaches either side of 1970. */
const MAX_DATE_MS = 8.64e15

/**
 * Epoch numbers come in seconds (OpenAI buckets), milliseconds or nanoseconds (OTLP
 * `startTimeUnixNano`); their size tells which, as any of them near the present differs from the
 * others by a factor of 1,000 or more.
 */
const EPOCH_UNITS = [
  { below: 1e11, multiply: 1000, divide: 1 },
  { below: 1e14, multiply: 1, divide: 1 },
  { below: 1e17, multiply: 1, divide: 1e3 },
  { below: Infinity, multiply: 1, divide: 1e6 },
] as const

const epochUnit = (epoch: number | bigint) =>
  EPOCH_UNITS.find((u) => epoch < u.below) ?? EPOCH_UNITS[3]

function epochMs(epoch: number): number {
  const unit = epochUnit(epoch)
  return (epoch * unit.multiply) / unit.divide
}

/**
 * Whole epoch numbers written out as digits, divided exactly: nanoseconds exceed a double's 53-bit
 * precision, and rounding 23:59:59.999999999 up would move the call to the next day.
 */
function epochDigitsMs(digits: string): number {
  const epoch = BigInt(digits)
  const unit = epochUnit(epoch)
  return Number((epoch * BigInt(unit.multiply)) / BigInt(unit.divide))
}

/**
 * An ISO 8601 / RFC 3339 date or timestamp. `T` or a space between date and time (Langfuse and
 * LiteLLM exports use a space); without a zone it is UTC, as Langfuse documents its export times.
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

function timestampMs(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim())
  if (!match) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone = 'Z'] = match
  const [year, month, day] = [Number(y), Number(mo), Number(d)]
  const local = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s))
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 2026-02-30 over into March: a date that does not round-trip does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null
  return local - zoneOffsetMs(zone)
}

function zoneOffsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')
  return (zone.startsWith('-') ? -minutes : minutes) * 60_000
}

/** `YYYYMMDD` as some exports write a day; null when it is no calendar date (20261332). */
function compactDayMs(digits: string): number | null {
  const month = Number(digits.slice(4, 6))
  const day = Number(digits.slice(6))
  const ms = Date.UTC(Number(digits.slice(0, 4)), month - 1, day)
  const date = new Date(ms)
  // As in timestampMs: Date.UTC rolls 20261332 over into 2027, so a day must round-trip.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? ms : null
}

/**
 * The days a usage or revenue row may fall on. Anything else is a misread value (an Excel serial
 * such as 45658 read as epoch seconds lands in 1970), and since an import replaces every day from
 * its first to its last, one such row would delete decades of data.
 */
const FIRST_DAY = '2000-01-01'
const LAST_DAY = '2100-12-31'

/**
 * The UTC day 'YYYY-MM-DD' of an ISO timestamp, of 8 digits read as YYYYMMDD, or of epoch
 * seconds, milliseconds or nanoseconds; a day outside 2000–2100 is refused.
 */
export function utcDay(value: unknown, field: string): string {
  if (isBlank(value)) throw new FieldError(`${field} is missing, expected a date`)
  const text = typeof value === 'string' ? value.trim() : null
  let ms: number | null = null
  if (typeof value === 'number' && Number.isFinite(value)) ms = epochMs(value)
  else if (text !== null && /^\d{8}$/.test(text)) {
    ms = compactDayMs(text)
    if (ms === null) {
      throw new FieldError(`${field} is ${shown(value)}, expected a YYYYMMDD date such as 20261102`)
    }
  } else if (text !== null && /^\d+$/.test(text)) ms = epochDigitsMs(text)
  else if (text !== null && /^\d+\.\d+$/.test(text)) ms = epochMs(Number(text))
  else if (text !== null) ms = timestampMs(text)
  if (ms === null || !(Math.abs(ms) <= MAX_DATE_MS)) {
    throw new FieldError(
      `${field} is ${shown(value)}, expected a date such as 2026-11-02T10:00:00Z`,
    )
  }
  const day = new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10)
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new FieldError(
      `${field} is ${shown(value)}, which reads as ${day}: expected a day from ${FIRST_DAY} to ${LAST_DAY}`,
    )
  }
  return day
}

/** A finite decimal number, from a JSON number or a decimal string ("0.0123", "123.45"). */
export function decimal(value: unknown, field: string): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)
        ? Number(value)
        : NaN
  if (!Number.isFinite(number))
    throw new FieldError(`${field} is ${shown(value)}, expected a number`)
  return number
}

/** A token count: a whole number of 0 or more; blank reads as 0 (the source counted none). */
export function tokens(value: unknown, field: string): number {
  if (isBlank(value)) return 0
  const count = decimal(value, field)
  if (count < 0) throw new FieldError(`${field} is ${count}, expected 0 or more`)
  if (!Number.isInteger(count))
    throw new FieldError(`${field} is ${count}, expected a whole number`)
  return count
}

/** A USD amount of 0 or more; null when blank (the source does not say). */
export function usd(value: unknown, field: string): number | null {
  if (isBlank(value)) return null
  const amount = decimal(value, field)
  if (amount < 0) throw new FieldError(`${field} is ${amount}, expected 0 or more`)
  return amount
}

/**
 * A total without the parts a source counts inside it: input without cached reads and cache
 * writes (OpenAI, OpenTelemetry, LiteLLM), output without reasoning. Each token is counted once.
 */
export function excluding(total: number, parts: number, field: string, partsName: string): number {
  if (parts > total) {
    throw new FieldError(`${field} is ${total}, less than the ${parts} ${partsName} it includes`)
  }
  return total - parts
}
