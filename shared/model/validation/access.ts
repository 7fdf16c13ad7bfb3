/** Narrowing helpers for reading input that has not been validated yet. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

export function stringField(value: unknown, field: string): string | undefined {
  if (!isRecord(value)) return undefined
  const text = value[field]
  return typeof text === 'string' ? text : undefined
}
