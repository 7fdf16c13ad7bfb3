/**
 * The scenarios a person compares, remembered per workspace file, so a quarterly review reopens
 * on the same comparison. Kept in the window's localStorage: a view preference, not part of the
 * document (a colleague opening the file chooses their own).
 */

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

const keyPrefix = 'ai-margin-planner/compare/'

const keyOf = (workspacePath: string) => `${keyPrefix}${workspacePath}`

/** The remembered ids that still name a scenario, in the order they were chosen. */
export function readComparisons(
  store: KeyValueStore | null,
  workspacePath: string,
  scenarioIds: ReadonlySet<string>,
): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(store?.getItem(keyOf(workspacePath)) ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  const ids = parsed.filter((id): id is string => typeof id === 'string' && scenarioIds.has(id))
  return [...new Set(ids)]
}

export function writeComparisons(
  store: KeyValueStore | null,
  workspacePath: string,
  ids: readonly string[],
): void {
  try {
    store?.setItem(keyOf(workspacePath), JSON.stringify(ids))
  } catch {
    // A full or disabled storage only costs the memory of the choice; the comparison still works.
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
