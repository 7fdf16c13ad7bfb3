/**
 * The page's main-thread tasks during a span of its performance timeline, read from a Chromium
 * trace: every task with its length, not only the Long Tasks API's ones over 50 ms.
 */
import type { Browser, Page } from '@playwright/test'

export interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  /** Microseconds. */
  ts: number
  /** Wall time, microseconds. */
  dur?: number
  /** Thread (CPU) time, microseconds: without the time the thread waited for a core. */
  tdur?: number
  cat?: string
  args?: { name?: string }
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
]

/** Records a trace of `page` while `during` runs; answers its events. */
export async function traceEvents(
  browser: Browser,
  page: Page,
  during: () => Promise<void>,
): Promise<TraceEvent[]> {
  await browser.startTracing(page, { categories })
  try {
    await during()
  } catch (error) {
    await browser.stopTracing()
    throw error
  }
  const trace = (await browser.stopTracing()).toString('utf8')
  return (JSON.parse(trace) as { traceEvents: TraceEvent[] }).traceEvents
}

interface Span {
  pid: number
  start: number
  end: number
}

/** The last `performance.measure(name)` of the trace, in trace microseconds, and its process. */
function measureSpan(events: TraceEvent[], name: string): Span {
  const marks = events.filter((e) => e.name === name && e.cat?.includes('blink.user_timing'))
  const begin = marks.filter((e) => e.ph === 'b').at(-1)
  const end = marks.find((e) => e.ph === 'e' && begin !== undefined && e.ts >= begin.ts)
  if (begin === undefined || end === undefined) throw new Error(`no measure "${name}" in the trace`)
  return { pid: begin.pid, start: begin.ts, end: end.ts }
}

export interface Task {
  wallMs: number
  cpuMs: number
}

export interface RunTasks {
  /** The main-thread tasks that overlapped the measure, in the order they ran. */
  during: Task[]
  /** Those that began after it, to the end of the trace (drawing what the run answered). */
  after: Task[]
  spanMs: number
}

const asTask = (event: TraceEvent): Task => ({
  wallMs: (event.dur ?? 0) / 1000,
  cpuMs: (event.tdur ?? event.dur ?? 0) / 1000,
})

/** The page's main-thread tasks during and after the measure `name`, and the measure's length. */
export function mainThreadTasks(events: TraceEvent[], name: string): RunTasks {
  const span = measureSpan(events, name)
  const main = events.find(
    (e) => e.pid === span.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  if (main === undefined) throw new Error('no renderer main thread in the trace')
  const tasks = events.filter(
    (e) =>
      e.pid === span.pid &&
      e.tid === main.tid &&
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  )
  return {
    during: tasks.filter((e) => e.ts < span.end && e.ts + (e.dur ?? 0) > span.start).map(asTask),
    after: tasks.filter((e) => e.ts >= span.end).map(asTask),
    spanMs: (span.end - span.start) / 1000,
  }
}

/** The longest of `tasks` by wall time (none: zero). */
export function longestTask(tasks: Task[]): Task {
  return tasks.reduce((longest, task) => (task.wallMs > longest.wallMs ? task : longest), {
    wallMs: 0,
    cpuMs: 0,
  })
}
