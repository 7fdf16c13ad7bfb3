/** Layout checks by geometry: what is drawn where, as the person sees it, not pixels compared. */
import type { Locator } from '@playwright/test'

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** The two screen sizes every layout check runs at: a 13" laptop and a common desktop. */
export const layoutSizes = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const

export async function boxOf(locator: Locator): Promise<Box> {
  return locator.evaluate((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect()
    return { left, top, right, bottom }
  })
}

/** Whether two boxes share any area; boxes that only touch do not. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/** Whether `inner` lies within `outer`, give or take a pixel of rounding. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - 1 &&
    inner.top >= outer.top - 1 &&
    inner.right <= outer.right + 1 &&
    inner.bottom <= outer.bottom + 1
  )
}

/**
 * How an element shows its text: `whole` when none of it overflows the box; `ellipsis` when it
 * overflows into a "…" (CSS text-overflow on one line); `clipped` when it is cut off.
 */
export async function textFit(locator: Locator): Promise<'whole' | 'ellipsis' | 'clipped'> {
  return locator.evaluate((element) => {
    const overflowsX = element.scrollWidth > element.clientWidth
    const overflowsY = element.scrollHeight > element.clientHeight
    if (!overflowsX && !overflowsY) return 'whole'
    const style = getComputedStyle(element)
    return !overflowsY && style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap'
      ? 'ellipsis'
      : 'clipped'
  })
}

/** The texts of a Plotly chart drawn (partly) outside its SVG, which the SVG cuts off. */
export async function textsOutsideSvg(chart: Locator): Promise<string[]> {
  return chart.evaluate((element) => {
    const svg = element.querySelector('svg.main-svg')?.getBoundingClientRect()
    if (svg === undefined) return ['(no chart drawn)']
    return Array.from(element.querySelectorAll('text')).flatMap((text) => {
      const box = text.getBoundingClientRect()
      const drawn = box.width > 0 && box.height > 0
      const out =
        box.left < svg.left - 1 ||
        box.top < svg.top - 1 ||
        box.right > svg.right + 1 ||
        box.bottom > svg.bottom + 1
      return drawn && out ? [text.textContent ?? ''] : []
    })
  })
}
