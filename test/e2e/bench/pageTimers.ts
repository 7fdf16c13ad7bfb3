/**
 * Timers that run inside the page, so what they measure is what the browser painted, not when
 * Playwright noticed. Each "painted" time is taken in a task posted from the requestAnimationFrame
 * callback of the frame that first carries the change: that task runs once the frame is drawn.
 */
import type { Page } from '@playwright/test'

export interface TextChangeTiming {
  /** From the Enter keydown to the rAF of the frame that first shows the new text. */
  toFrameMs: number
  /** From the Enter keydown to just after that frame was drawn. */
  toPaintMs: number
  /**
   * The browser's own Event Timing for the Enter keydown: from the key to the presentation of the
   * first frame after its handlers, rounded to 8 ms; `null` when the text changed later than
   * those handlers, so that frame did not carry it. The browser reports only durations of 16 ms
   * and more: a keydown it does not report counts as 16 ms.
   */
  nextPaintMs: number | null
  text: string
}

interface TimerWindow {
  __benchTextChange?: Promise<TextChangeTiming | string>
  __benchKpiPaintedAt?: number
}

/**
 * Registers, before any page script runs, a watch for the first paint of the KPI tile `testId`;
 * `paintedAt` then reads it as epoch milliseconds.
 */
export async function watchFirstPaintOf(page: Page, testId: string): Promise<void> {
  await page.addInitScript((id) => {
    const win = window as unknown as TimerWindow
    const selector = `[data-testid="${id}"]`
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector) === null) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          win.__benchKpiPaintedAt = performance.timeOrigin + performance.now()
        }
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document, { childList: true, subtree: true })
  }, testId)
}

/** Epoch milliseconds of the first contentful paint and of the watched KPI's first paint. */
export async function paintTimes(page: Page): Promise<{ fcpAt: number; kpiAt: number }> {
  await page.waitForFunction(() => (window as unknown as TimerWindow).__benchKpiPaintedAt)
  return page.evaluate(() => {
    const fcp = performance
      .getEntriesByType('paint')
      .find((entry) => entry.name === 'first-contentful-paint')
    if (fcp === undefined) throw new Error('the page reported no first-contentful-paint')
    return {
      fcpAt: performance.timeOrigin + fcp.startTime,
      kpiAt: (window as unknown as TimerWindow).__benchKpiPaintedAt ?? Number.NaN,
    }
  })
}

/** Event Timing reports no event shorter than this (Chromium's minimum threshold). */
const EVENT_TIMING_THRESHOLD_MS = 16
/** How long after the new text was painted to wait for the keydown's Event Timing entry. */
const EVENT_TIMING_WAIT_MS = 1000

/**
 * Starts watching the text of the element `selector` and the next Enter keydown; call right
 * before pressing Enter, then `textChangeTiming` waits for the new text to be painted.
 */
export async function armTextChangeTimer(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    ({ watched, threshold, waitMs }) => {
      const win = window as unknown as TimerWindow
      const textNow = () => document.querySelector(watched)?.textContent ?? null
      const before = textNow()
      if (before === null) throw new Error(`nothing matches ${watched}`)
      win.__benchTextChange = new Promise((resolve) => {
        let keyAt: number | null = null
        let changedAt: number | null = null
        let painted: Omit<TextChangeTiming, 'nextPaintMs'> | null = null
        let keyTiming: PerformanceEventTiming | null = null
        const onKey = (event: KeyboardEvent) => {
          if (event.key === 'Enter' && keyAt === null) keyAt = event.timeStamp
        }
        window.addEventListener('keydown', onKey, { capture: true })
        const eventTimings = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as PerformanceEventTiming[]) {
            if (entry.name === 'keydown' && entry.startTime === keyAt) keyTiming = entry
          }
          settle()
        })
        eventTimings.observe({
          type: 'event',
          durationThreshold: threshold,
        } as PerformanceObserverInit)
        const timeout = setTimeout(
          () => finish(`the text of ${watched} did not change in 5 s`),
          5000,
        )
        function finish(outcome: TextChangeTiming | string) {
          clearTimeout(timeout)
          observer.disconnect()
          eventTimings.disconnect()
          window.removeEventListener('keydown', onKey, { capture: true })
          resolve(outcome)
        }
        /** Done once the new text is painted and the keydown's timing is in (or will not come). */
        function settle(timedOut = false) {
          if (painted === null || changedAt === null) return
          if (keyTiming === null && !timedOut) return
          const changedInKeydown = keyTiming === null || changedAt <= keyTiming.processingEnd
          const nextPaintMs = keyTiming === null ? threshold : keyTiming.duration
          finish({ ...painted, nextPaintMs: changedInKeydown ? nextPaintMs : null })
        }
        const observer = new MutationObserver(() => {
          const text = textNow()
          if (text === null || text === before) return
          observer.disconnect()
          changedAt = performance.now()
          requestAnimationFrame((frameAt) => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              if (keyAt === null) return finish('the text changed before Enter was pressed')
              painted = { toFrameMs: frameAt - keyAt, toPaintMs: performance.now() - keyAt, text }
              setTimeout(() => settle(true), waitMs)
              settle()
            }
            channel.port2.postMessage(null)
          })
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      })
    },
    { watched: selector, threshold: EVENT_TIMING_THRESHOLD_MS, waitMs: EVENT_TIMING_WAIT_MS },
  )
}

export async function textChangeTiming(page: Page): Promise<TextChangeTiming> {
  const outcome = await page.evaluate(() => (window as unknown as TimerWindow).__benchTextChange)
  if (outcome === undefined) throw new Error('armTextChangeTimer was not called')
  if (typeof outcome === 'string') throw new Error(outcome)
  return outcome
}

/**
 * Scrolls the tallest scrolling element inside `containerSelector` from top to bottom by `step`
 * pixels per frame and returns each frame's duration (rAF to rAF).
 */
export async function scrollFrameTimes(
  page: Page,
  containerSelector: string,
  step: number,
): Promise<{ frames: number[]; scrolledPx: number }> {
  return page.evaluate(
    ({ container, stepPx }) => {
      const root = document.querySelector(container)
      if (root === null) throw new Error(`nothing matches ${container}`)
      const scrollers = Array.from(root.querySelectorAll<HTMLElement>('*')).filter((element) => {
        const overflow = getComputedStyle(element).overflowY
        return (
          (overflow === 'auto' || overflow === 'scroll') &&
          element.scrollHeight > element.clientHeight + 1
        )
      })
      const scroller = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0]
      if (scroller === undefined) throw new Error(`nothing scrolls vertically in ${container}`)
      scroller.scrollTop = 0
      const frames: number[] = []
      return new Promise<{ frames: number[]; scrolledPx: number }>((resolve) => {
        let last: number | null = null
        const tick = (now: number) => {
          if (last !== null) frames.push(now - last)
          last = now
          const bottom = scroller.scrollHeight - scroller.clientHeight
          if (scroller.scrollTop >= bottom - 1) {
            resolve({ frames, scrolledPx: scroller.scrollTop })
            return
          }
          scroller.scrollTop = Math.min(bottom, scroller.scrollTop + stepPx)
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })
    },
    { container: containerSelector, stepPx: step },
  )
}

/** Puts the tallest scrolling element inside `containerSelector` back at its top. */
export async function scrollToTop(page: Page, containerSelector: string): Promise<void> {
  await page.evaluate((container) => {
    const root = document.querySelector(container)
    root?.querySelectorAll<HTMLElement>('*').forEach((element) => {
      if (element.scrollTop > 0) element.scrollTop = 0
    })
  }, containerSelector)
}
