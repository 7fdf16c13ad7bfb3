/**
 * Reading the non-numeric parts of a usage row the same way whether it came from JSON (values
 * typed) or from a CSV through papaparse (every value a string, objects and lists JSON-encoded).
 */
import { FieldError, isBlank } from './fields'

export type Row = Readonly<Record<string, unknown>>

/** The row as an object; a JSON record that is not one cannot be read at all. */
export function asRow(value: unknown): Row {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Row
  throw new FieldError(`the record is ${JSON.stringify(value)}, expected an object`)
}

/** The first of `keys` the row has a value for: exports spell fields snake_case or camelCase. */
export function pick(row: Row, ...keys: string[]): unknown {
  for (const key of keys) if (!isBlank(row[key])) return row[key]
  return undefined
}

/** Text, or undefined when blank; numbers (ids) are written out. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** A value that a CSV cell holds JSON-encoded (`{"a":1}`, `["x"]`), decoded; others as they are. */
export function decoded(value: unknown, field: string): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    throw new FieldError(`${field} is not valid JSON`)
  }
}

/** An object field (usage details, metadata), decoded from a CSV cell; {} when blank. */
export function objectField(value: unknown, field: string): Row {
  if (isBlank(value)) return {}
  const object = decoded(value, field)
  if (typeof object === 'object' && object !== null && !Array.isArray(object)) return object as Row
  throw new FieldError(`${field} is ${JSON.stringify(value)}, expected an object`)
}

/** Tags from a JSON list (or its CSV encoding) or a comma-separated cell. */
export function tagList(value: unknown, field: string): string[] {
  if (isBlank(value)) return []
  const list = decoded(value, field)
  const items = Array.isArray(list) ? list : String(list).split(',')
  return items.map((item) => text(item)?.trim()).filter((tag): tag is string => !!tag)
}

/** A metadata value as text: objects and lists JSON-encoded, so mappings can still match them. */
function metadataText(value: unknown): string | undefined {
  if (isBlank(value)) return undefined
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** An object's values as text, blank ones left out. */
export function textValues(object: Row): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(object)) {
    const shown = metadataText(value)
    if (shown !== undefined) result[key] = shown
  }
  return result
}

/** A yes/no flag: JSON booleans, or `true`/`false` and Python's `True`/`False` as text. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  const word = text(value)?.trim().toLowerCase()
  if (word === 'true' || word === '1') return true
  if (word === 'false' || word === '0') return false
  return undefined
}
