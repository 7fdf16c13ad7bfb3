import { useEffect } from 'react'
import { windowStore } from '../store/rememberedPerFile'
import { readPlace, writePlace } from '../store/rememberedPlace'
import { useWorkspace } from '../store/workspaceStore'
import { isViewId, useNavigation } from './navigation'

/**
 * Each workspace file opens on the view the person last had it on (rememberedPlace), and every
 * move to another view is remembered for the open file. Store subscriptions, not effects on
 * rendered state: the view changes in the same update that brings the file, so the page never
 * draws the file on the old view first, nor remembers the old view for the new file.
 */
export function useRememberedView(): void {
  useEffect(() => {
    const restore = (path: string | null) => {
      const view = path === null ? undefined : readPlace(windowStore(), path).view
      if (isViewId(view)) useNavigation.getState().go(view)
    }
    restore(useWorkspace.getState().path)
    const stopRestoring = useWorkspace.subscribe((state, before) => {
      if (state.path !== before.path) restore(state.path)
    })
    const stopRemembering = useNavigation.subscribe((state, before) => {
      const { path } = useWorkspace.getState()
      if (state.view !== before.view && path !== null) {
        writePlace(windowStore(), path, { view: state.view })
      }
    })
    return () => {
      stopRestoring()
      stopRemembering()
    }
  }, [])
}
