/**
 * The scenarios a person compares, remembered per workspace file, so a quarterly review reopens
 * on the same comparison. Kept in the window's localStorage: a view preference, not part of the
 * document (a colleague opening the file chooses their own).
 */
import { readRemembered, writeRemembered, type KeyValueStore } from './rememberedPerFile'

const keyPrefix = 'ai-margin-planner/compare/'

/** The remembered ids that still name a scenario, in the order they were chosen. */
export function readComparisons(
  store: KeyValueStore | null,
  workspacePath: string,
  scenarioIds: ReadonlySet<string>,
): string[] {
  const parsed = readRemembered(store, keyPrefix, workspacePath)
  if (!Array.isArray(parsed)) return []
  const ids = parsed.filter((id): id is string => typeof id === 'string' && scenarioIds.has(id))
  return [...new Set(ids)]
}

export function writeComparisons(
  store: KeyValueStore | null,
  workspacePath: string,
  ids: readonly string[],
): void {
  writeRemembered(store, keyPrefix, workspacePath, ids)
}
