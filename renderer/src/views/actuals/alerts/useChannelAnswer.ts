/**
 * One service answer for a page of the Actuals view or the Overview: asked again when the
 * workspace, its revision (an edit of alert rules or steps changes the answer) or the request
 * changes. The last answer stays on screen while the next is on its way.
 */
import { useEffect, useState } from 'react'
import type { Channel, Request, Response } from '../../../../../shared/api'
import { useWorkspace } from '../../../store/workspaceStore'
import { api } from '../../../transport/api'
import { describeError } from '../../../transport/apiFailure'

export type Answer<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T }

/** `request` null: nothing to ask yet (what it depends on has not arrived). */
export function useChannelAnswer<C extends Channel>(
  channel: C,
  request: Request<C> | null,
): Answer<Response<C>> {
  const path = useWorkspace((state) => state.path)
  const revision = useWorkspace((state) => state.revision)
  const [answer, setAnswer] = useState<Answer<Response<C>>>({ status: 'loading' })
  const asked = request === null ? null : JSON.stringify(request)
  useEffect(() => {
    if (asked === null) return
    let current = true
    api.call(channel, JSON.parse(asked) as Request<C>).then(
      (value) => current && setAnswer({ status: 'ready', value }),
      (error: unknown) => current && setAnswer({ status: 'error', message: describeError(error) }),
    )
    return () => {
      current = false
    }
  }, [channel, asked, path, revision])
  return answer
}
