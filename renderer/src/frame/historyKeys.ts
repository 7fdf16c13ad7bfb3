/** Which history action a key press asks for, on every platform's conventions. */
export type HistoryKey = 'undo' | 'redo' | null

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/** Ctrl/Cmd+Z undoes; Ctrl+Y, Ctrl+Shift+Z and Shift+Cmd+Z redo. */
export function historyKey(event: KeyPress): HistoryKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo'
  return null
}
