/**
 * Where a person was in each workspace file, the active scenario and view, so reopening the file
 * (or reloading the page) comes back there. Kept in the window's localStorage beside the
 * remembered comparison: a view preference, not part of the document.
 */
import { readRemembered, writeRemembered, type KeyValueStore } from './rememberedPerFile'

export interface Place {
  /** The active scenario's id; null for the baseline. */
  scenarioId: string | null
  view: string
}

const keyPrefix = 'ai-margin-planner/place/'

/**
 * What was remembered for the file, without what was not (or is unreadable): a file never
 * remembered keeps the window where it is. Whether the scenario still exists, and the view is
 * one the app has, is for the caller to check.
 */
export function readPlace(store: KeyValueStore | null, workspacePath: string): Partial<Place> {
  const parsed = readRemembered(store, keyPrefix, workspacePath)
  if (typeof parsed !== 'object' || parsed === null) return {}
  const { scenarioId, view } = parsed as Record<string, unknown>
  return {
    ...((typeof scenarioId === 'string' || scenarioId === null) && { scenarioId }),
    ...(typeof view === 'string' && { view }),
  }
}

/** Remembers `change`, keeping the rest of what the file had: a new view keeps the scenario. */
export function writePlace(
  store: KeyValueStore | null,
  workspacePath: string,
  change: Partial<Place>,
): void {
  writeRemembered(store, keyPrefix, workspacePath, {
    ...readPlace(store, workspacePath),
    ...change,
  })
}
