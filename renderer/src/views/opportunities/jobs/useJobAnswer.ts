/**
 * A worker job's answer for the current inputs. Why always a worker: on the demo the levers take
 * ~30 ms, but proposing and evaluating them grows with steps × levers (the 200-feature benchmark
 * workspace proposes 5,000 levers and takes ~20 s), and the risk estimate needs a worker anyway.
 * A worker keeps typing and scrolling responsive whatever the workspace's size, with one code path.
 *
 * The first job starts at once; after that, a job starts once the inputs have settled, so a run of
 * edits does not start (and throw away) a job per keystroke. A newer request terminates the job
 * still running for an older one. The last answer stays on screen, marked not current, while the
 * next is on its way.
 */
import { useEffect, useRef, useState } from 'react'
import type { JobRequest, JobResults } from './protocol'
import { runJob } from './runJob'

export type JobAnswer<T> =
  | { status: 'computing' }
  /** `current`: computed for the request as it is now (false: an edit's answer is on its way). */
  | { status: 'ready'; value: T; current: boolean }
  | { status: 'failed'; message: string }

/** How long inputs must stay unchanged before a new job starts. */
const SETTLE_MS = 300

const COMPUTING = { status: 'computing' } as const

/**
 * `request` null: nothing to compute. Memoise it on its inputs: a new object is a new job (the
 * document is compared by identity, never serialised).
 */
export function useJobAnswer<R extends JobRequest>(
  request: R | null,
): JobAnswer<JobResults[R['job']]> {
  type Value = JobResults[R['job']]
  const [held, hold] = useState<{
    request: R
    answer: Exclude<JobAnswer<Value>, { status: 'computing' }>
  } | null>(null)
  const started = useRef(false)
  useEffect(() => {
    if (request === null) return
    let cancel: (() => void) | null = null
    const timer = setTimeout(
      () => {
        // Marked when a job really starts: React's development double mount clears the first
        // timer before it fires, and must not delay the first answer.
        started.current = true
        cancel = runJob(request, {
          onDone: (value) => hold({ request, answer: { status: 'ready', value, current: true } }),
          onFailed: (message) => hold({ request, answer: { status: 'failed', message } }),
        })
      },
      started.current ? SETTLE_MS : 0,
    )
    return () => {
      clearTimeout(timer)
      cancel?.()
    }
  }, [request])
  if (held === null || request === null) return COMPUTING
  if (held.request === request) return held.answer
  return held.answer.status === 'ready' ? { ...held.answer, current: false } : COMPUTING
}
