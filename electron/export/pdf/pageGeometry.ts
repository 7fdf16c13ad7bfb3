/**
 * The printed page: US Letter, landscape. The app formats every figure in US dollars and en-US
 * numbers, so its boards read Letter; landscape gives the charts the width they have on screen.
 * The content box (10 × 7.25 in) also sits inside A4 landscape's, so an A4 printer scales the
 * pages by a few percent instead of reflowing them.
 */
export const page = {
  /** For Chromium's and Electron's print options. */
  size: 'Letter',
  landscape: true,
  widthIn: 11,
  heightIn: 8.5,
  margin: { topIn: 0.7, bottomIn: 0.6, sideIn: 0.5 },
} as const

/** CSS pixels per inch: what print layout and Plotly's pixel sizes share. */
const pxPerIn = 96

/** The content height in CSS pixels: no chart may be taller, or it would have to split. */
export const contentHeightPx = (page.heightIn - page.margin.topIn - page.margin.bottomIn) * pxPerIn
