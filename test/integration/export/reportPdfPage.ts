/** Reading the report page back in tests: its chart figures and its visible text. */
import type { Figure } from '../../../shared/charts/figure'

const figurePattern = /<script type="application\/json" class="chart-figure">([\s\S]*?)<\/script>/g

/** Every chart's figure as the page will draw it, in page order. */
export function pageFigures(html: string): Figure[] {
  return [...html.matchAll(figurePattern)].map((match) => JSON.parse(match[1] ?? '') as Figure)
}

/** The page without its scripts (Plotly and the figures' JSON): what a reader sees, and its head. */
export function pageMarkup(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, '')
}
