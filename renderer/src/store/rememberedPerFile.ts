/**
 * What the window remembers per workspace file (the comparison, the place): kept in the window's
 * localStorage under a prefix and the file's path, a view preference, not part of the document.
 * Storage may be missing, full or disabled; that only costs the memory.
 */

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

const keyOf = (prefix: string, workspacePath: string) => `${prefix}${workspacePath}`

/** The parsed value remembered for the file; undefined when nothing readable is there. */
export function readRemembered(
  store: KeyValueStore | null,
  prefix: string,
  workspacePath: string,
): unknown {
  try {
    const text = store?.getItem(keyOf(prefix, workspacePath)) ?? null
    return text === null ? undefined : (JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}

export function writeRemembered(
  store: KeyValueStore | null,
  prefix: string,
  workspacePath: string,
  value: unknown,
): void {
  try {
    store?.setItem(keyOf(prefix, workspacePath), JSON.stringify(value))
  } catch {
    // A full or disabled storage only costs the memory; what was chosen still works.
  }
}

/** The window's localStorage; null where there is none (unit tests run in Node). */
export function windowStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
