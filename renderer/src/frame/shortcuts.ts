import { useEffect } from 'react'
import { useWorkspace } from '../store/workspaceStore'
import { historyKey } from './historyKeys'

const isMac = /Mac|iPhone|iPad/.test(navigator.platform)
export const undoShortcut = isMac ? '⌘Z' : 'Ctrl+Z'
export const redoShortcut = isMac ? '⇧⌘Z' : 'Ctrl+Y'

/** Text fields and open cell editors keep their own undo. */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, .ag-cell-inline-editing') !== null
  )
}

export function useHistoryShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = historyKey(event)
      if (action === null || ownsUndo(event.target) || document.querySelector('dialog[open]'))
        return
      event.preventDefault()
      const state = useWorkspace.getState()
      if (action === 'undo') state.undo()
      else state.redo()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
