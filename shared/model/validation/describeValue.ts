/** How a wrong value is shown in a message: `the string "12"`, `NaN`, `a list`, … */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value)}`
    case 'number':
    case 'boolean':
      return String(value)
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

/** A number as people write it: float noise trimmed (99.99, not 99.99000000000001). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)))
}
