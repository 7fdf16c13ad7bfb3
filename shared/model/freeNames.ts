/** Names and ids not yet taken among an entity's siblings: readable, numbered only when needed. */

/** `candidate(1)`, else `candidate(2)`, … — the first one not taken. */
export function firstFree(taken: Iterable<string>, candidate: (n: number) => string): string {
  const used = new Set(taken)
  let n = 1
  while (used.has(candidate(n))) n += 1
  return candidate(n)
}

/** `base`, else `base-2`, `base-3`, … — the first one not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  return firstFree(taken, (n) => (n === 1 ? base : `${base}-${n}`))
}
