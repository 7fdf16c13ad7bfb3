/**
 * One service answer for a page of the Actuals view or the Overview: asked again when the
 * workspace, its revision (an edit of alert rules or steps changes the answer) or the request
 * changes. After an edit the last answer stays on screen while the next is on its way; another
 * workspace or request shows loading rather than the previous file's answer.
 */
import { useEffect, useRef, useState } from 'react'
import type { Channel, Request, Response } from '../../../../../shared/api'
import { useWorkspace } from '../../../store/workspaceStore'
import { api } from '../../../transport/api'
import { describeError } from '../../../transport/apiFailure'

export type Answer<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T }

/**
 * How long edits must pause before the answer is asked again: with a year of actuals an answer
 * is a fraction of a second of the service's time, which a run of edits should not queue behind.
 */
const SETTLE_MS = 500

const LOADING = { status: 'loading' } as const

/** `request` null: nothing to ask yet (what it depends on has not arrived). */
export function useChannelAnswer<C extends Channel>(
  channel: C,
  request: Request<C> | null,
): Answer<Response<C>> {
  const path = useWorkspace((state) => state.path)
  const revision = useWorkspace((state) => state.revision)
  const [held, hold] = useState<{ key: string; answer: Answer<Response<C>> } | null>(null)
  const asked = request === null ? null : JSON.stringify(request)
  const key = `${channel}\n${path}\n${asked}`
  const lastKey = useRef<string | null>(null)
  useEffect(() => {
    if (asked === null) return
    let current = true
    const afterEdit = lastKey.current === key
    lastKey.current = key
    const timer = setTimeout(
      () =>
        api.call(channel, JSON.parse(asked) as Request<C>).then(
          (value) => current && hold({ key, answer: { status: 'ready', value } }),
          (error: unknown) =>
            current && hold({ key, answer: { status: 'error', message: describeError(error) } }),
        ),
      afterEdit ? SETTLE_MS : 0,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [channel, asked, key, revision])
  return held?.key === key ? held.answer : LOADING
}
