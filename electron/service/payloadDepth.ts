/**
 * How deeply a request may nest. The deepest legitimate payload is a whole workspace document
 * (an import, or an edit's value): the demo document nests 7 levels, 10 inside an edit request.
 * Parsers and schemas recurse, so a body nested thousands deep must be refused before them; both
 * checks below are loops, never recursion, so the refusal itself cannot overflow the stack.
 */
export const MAX_PAYLOAD_DEPTH = 64

const OPEN_BRACE = 0x7b // {
const OPEN_BRACKET = 0x5b // [
const CLOSE_BRACE = 0x7d // }
const CLOSE_BRACKET = 0x5d // ]
const QUOTE = 0x22 // "
const BACKSLASH = 0x5c // \

/**
 * True when the JSON text opens more than `limit` objects/arrays inside one another, counting
 * brackets outside strings in one linear pass. Ill-formed JSON is counted as far as it goes;
 * JSON.parse reports it afterwards.
 */
export function jsonTextTooDeep(text: string, limit = MAX_PAYLOAD_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === BACKSLASH) index++
      else if (code === QUOTE) inString = false
    } else if (code === QUOTE) {
      inString = true
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++
      if (depth > limit) return true
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--
    }
  }
  return false
}

/**
 * Where a value nests more than `limit` objects/arrays inside one another: the top-level field
 * holding the too-deep part (`'payload'` when it is the value itself), or null when it is within
 * the limit. Values from Electron IPC may share objects or hold cycles: an object is walked again
 * only when reached deeper than before, so a cycle ends at the limit and sharing stays linear.
 */
export function tooDeepField(value: unknown, limit = MAX_PAYLOAD_DEPTH): string | null {
  const deepestVisit = new WeakMap<object, number>()
  const pending: { value: unknown; depth: number; field: string }[] = [
    { value, depth: 0, field: 'payload' },
  ]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: current, depth: parentDepth, field } = next
    if (typeof current !== 'object' || current === null || ArrayBuffer.isView(current)) continue
    const depth = parentDepth + 1
    if (depth > limit) return field
    if ((deepestVisit.get(current) ?? 0) >= depth) continue
    deepestVisit.set(current, depth)
    const entries: [string, unknown][] = Array.isArray(current)
      ? current.map((item, index) => [String(index), item])
      : Object.entries(current)
    for (const [key, child] of entries) {
      pending.push({ value: child, depth, field: depth === 1 ? key : field })
    }
  }
  return null
}

/** The refusal both transports give, in words. */
export function tooDeepMessage(limit = MAX_PAYLOAD_DEPTH): string {
  return `the request nests objects or arrays more than ${limit} levels deep`
}
