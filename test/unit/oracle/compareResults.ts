/**
 * A field-by-field comparison of two §5 results: numbers within 1e-9 relative (1e-9 absolute
 * near zero), nulls equal, the same keys (an optional field present on both sides or neither).
 */

export function differences(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const gap = Math.abs(actual - expected)
    const size = Math.max(Math.abs(actual), Math.abs(expected))
    return gap <= 1e-9 * size || gap <= 1e-9 || actual === expected
      ? []
      : [`${path}: engine ${actual}, oracle ${expected}`]
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length)
      return [`${path}: engine ${actual.length} rows, oracle ${expected.length}`]
    return expected.flatMap((item, i) => differences(actual[i], item, `${path}[${i}]`))
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
    return [...keys].flatMap((key) =>
      key in actual && key in expected
        ? differences(actual[key], expected[key], `${path}.${key}`)
        : [`${path}.${key}: present only in the ${key in actual ? 'engine' : 'oracle'}`],
    )
  }
  return Object.is(actual, expected)
    ? []
    : [`${path}: engine ${JSON.stringify(actual)}, oracle ${JSON.stringify(expected)}`]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
