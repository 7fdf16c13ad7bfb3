/**
 * The page's long tasks (Long Tasks API: every task that held the main thread over 50 ms), watched
 * from a moment on, and the Monte Carlo run's span on the performance timeline to set them against.
 */
import type { Page } from '@playwright/test'
import { RUN_MEASURE } from '../../../renderer/src/views/uncertainty/simulation/simulationJob'

export interface Span {
  startTime: number
  duration: number
}

interface LongTaskWindow {
  __longTasks?: Span[]
}

export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as LongTaskWindow
    const tasks: Span[] = []
    win.__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const { startTime, duration } of list.getEntries()) tasks.push({ startTime, duration })
    }).observe({ type: 'longtask' })
  })
}

/** Every long task since `watchLongTasks`, in the order they ran. */
export async function longTasksSinceWatch(page: Page): Promise<Span[]> {
  // Entries are delivered after the task that ran: one idle turn lets the last ones in.
  return page.evaluate(
    () =>
      new Promise<Span[]>((resolve) =>
        requestIdleCallback(() => resolve([...((window as LongTaskWindow).__longTasks ?? [])])),
      ),
  )
}

/** The last run's span: from handing it to the worker to its answer arriving. */
export async function lastRunSpan(page: Page): Promise<Span> {
  const span = await page.evaluate((name) => {
    const measure = performance.getEntriesByName(name, 'measure').at(-1)
    return measure && { startTime: measure.startTime, duration: measure.duration }
  }, RUN_MEASURE)
  if (span === undefined) throw new Error('no Monte Carlo run on the performance timeline')
  return span
}

export const overlaps = (a: Span, b: Span): boolean =>
  a.startTime < b.startTime + b.duration && b.startTime < a.startTime + a.duration

/**
 * Resolves once the page has had an idle moment, twice: a script loaded while the page idles is
 * parsed by then.
 */
export async function settleIdle(page: Page): Promise<void> {
  for (let turn = 0; turn < 2; turn++) {
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())))
  }
}
