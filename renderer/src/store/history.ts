/**
 * Undo/redo across the whole workspace. An entry holds the edits that move the document forward
 * and the edits that take it back; each time an entry is replayed its inverse is recomputed from
 * the document it lands on, so the stacks never replay stale edits.
 */
import type { Edit } from '../../../shared/model/editTypes'

export interface HistoryEntry {
  label: string
  forward: Edit[]
  backward: Edit[]
}

export interface History {
  undo: HistoryEntry[]
  redo: HistoryEntry[]
}

/** Enough for a working session; older steps fall off the bottom. */
const MAX_ENTRIES = 200

export const emptyHistory: History = { undo: [], redo: [] }

function capped(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.length > MAX_ENTRIES ? entries.slice(entries.length - MAX_ENTRIES) : entries
}

/** A new change: it becomes the next undo step and the redo branch is gone. */
export function recordChange(history: History, entry: HistoryEntry): History {
  return { undo: capped([...history.undo, entry]), redo: [] }
}

export function nextUndo(history: History): HistoryEntry | undefined {
  return history.undo[history.undo.length - 1]
}

export function nextRedo(history: History): HistoryEntry | undefined {
  return history.redo[history.redo.length - 1]
}

/**
 * After the top undo entry's `backward` edits were applied: `inverse` is what applying them
 * returned, i.e. the edits that redo the step.
 */
export function afterUndo(history: History, inverse: Edit[]): History {
  const entry = nextUndo(history)
  if (entry === undefined) return history
  return {
    undo: history.undo.slice(0, -1),
    redo: [...history.redo, { label: entry.label, forward: inverse, backward: entry.backward }],
  }
}

/** After the top redo entry's `forward` edits were applied, `inverse` undoes them again. */
export function afterRedo(history: History, inverse: Edit[]): History {
  const entry = nextRedo(history)
  if (entry === undefined) return history
  return {
    undo: capped([
      ...history.undo,
      { label: entry.label, forward: entry.forward, backward: inverse },
    ]),
    redo: history.redo.slice(0, -1),
  }
}
