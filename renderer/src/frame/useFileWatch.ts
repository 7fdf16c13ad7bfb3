import { useEffect } from 'react'
import { useWorkspace } from '../store/workspaceStore'

/** Often enough that a second window shows another's save before anyone edits on old numbers. */
const WATCH_EVERY_MS = 3000

/**
 * While the page is in view, asks the service every few seconds whether the file changed under
 * this window (another window saved it, or it was moved away) and catches up when it did.
 */
export function useFileWatch(): void {
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return
      // A failed check (the host gone for a moment) is tried again at the next tick.
      useWorkspace
        .getState()
        .syncWithFile()
        .catch(() => {})
    }, WATCH_EVERY_MS)
    return () => clearInterval(timer)
  }, [])
}
