import { useCallback, useEffect, useState } from 'react'
import type { ImportRecord } from '../../../../../shared/actuals/types'
import { useWorkspace } from '../../../store/workspaceStore'
import { api } from '../../../transport/api'
import { describeError } from '../../../transport/apiFailure'

type ImportsState =
  | { status: 'loading' }
  | { status: 'ready'; imports: ImportRecord[] }
  | { status: 'error'; message: string }

/** Newest first; imports of the same instant by id, the later one first. */
const newestFirst = (a: ImportRecord, b: ImportRecord): number =>
  b.importedAt.localeCompare(a.importedAt) || b.id - a.id

/** The open workspace's imports, read again for another workspace or when `reload` is called. */
export function useImports(): { state: ImportsState; reload(): void } {
  const path = useWorkspace((state) => state.path)
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<ImportsState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    api.call('actuals/imports', {}).then(
      ({ imports }) =>
        current && setState({ status: 'ready', imports: [...imports].sort(newestFirst) }),
      (error: unknown) => current && setState({ status: 'error', message: describeError(error) }),
    )
    return () => {
      current = false
    }
  }, [path, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { state, reload }
}
