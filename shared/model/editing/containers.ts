/** New containers that differ from an old one by one entry; the old one is left as it was. */

export function withoutKey(record: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record }
  delete copy[key]
  return copy
}

export function withInserted<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)]
}

export function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return [...items.slice(0, index), ...items.slice(index + 1)]
}
