/**
 * Printing the app: grids draw only the rows and columns on screen (ag-grid virtualises both), so
 * before the page goes to paper every grid switches to ag-grid's print layout, which draws them
 * all, and switches back after. Ctrl+P (⌘P) is taken over so the switch has painted before the
 * print dialog snapshots the page; a print started from the browser's menu gets the switch too,
 * as far as the browser waits for it.
 */
import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { create } from 'zustand'

export const usePrintMode = create<{ printing: boolean }>(() => ({ printing: false }))

/** Ctrl+P both calls this and fires beforeprint/afterprint: the second call of each is a no-op. */
function setPrinting(printing: boolean): void {
  if (usePrintMode.getState().printing === printing) return
  if (printing) letChartsFitPaper()
  else drawChartsAtScreenSize()
  flushSync(() => usePrintMode.setState({ printing }))
}

/**
 * Plotly draws each chart at its on-screen pixel size, with no viewBox, so a chart wider than the
 * paper would be cut. Each chart's SVG layers get a viewBox of their drawn size, and print.css
 * lets the chart shrink to the page width keeping that shape. Undone after printing: Plotly
 * redraws at new sizes when the window changes, and a kept viewBox would stretch that drawing.
 */
function letChartsFitPaper(): void {
  for (const container of document.querySelectorAll<HTMLElement>('.chart-plot .svg-container')) {
    const layers = container.querySelectorAll<SVGSVGElement>(':scope > svg.main-svg')
    const width = Number(layers[0]?.getAttribute('width'))
    const height = Number(layers[0]?.getAttribute('height'))
    if (!(width > 0 && height > 0)) continue
    for (const layer of layers) layer.setAttribute('viewBox', `0 0 ${width} ${height}`)
    container.style.setProperty('--drawn-width', `${width}px`)
    container.style.setProperty('--drawn-aspect', `${width} / ${height}`)
    container.classList.add('fits-paper')
  }
}

function drawChartsAtScreenSize(): void {
  for (const container of document.querySelectorAll<HTMLElement>('.svg-container.fits-paper')) {
    container.classList.remove('fits-paper')
    for (const layer of container.querySelectorAll(':scope > svg.main-svg')) {
      layer.removeAttribute('viewBox')
    }
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Each grid on screen says whether it has drawn everything; ag-grid does so on its own schedule. */
const wholeChecks = new Set<() => boolean>()

/** Registers a grid's check for the print; returns its removal. */
export function registerPrintCheck(isDrawnWhole: () => boolean): () => void {
  wholeChecks.add(isDrawnWhole)
  return () => wholeChecks.delete(isDrawnWhole)
}

const someGridStillPartial = () => [...wholeChecks].some((isDrawnWhole) => !isDrawnWhole())

/** About a second at most: print what there is rather than never print. */
const MAX_FRAMES = 60

/** Lays every grid out whole, waits for it to paint, prints, and restores the screen layout. */
async function printWholePage(): Promise<void> {
  setPrinting(true)
  for (let frame = 0; frame < MAX_FRAMES && someGridStillPartial(); frame++) await nextFrame()
  try {
    window.print()
  } finally {
    setPrinting(false)
  }
}

const isPrintKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key === 'p'

export function usePrintShortcut(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isPrintKey(event)) return
      event.preventDefault()
      void printWholePage()
    }
    const before = () => setPrinting(true)
    const after = () => setPrinting(false)
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
}
