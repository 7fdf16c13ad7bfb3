/**
 * The report's style sheet. Print rules do the pagination: a chart or a table row never splits,
 * a heading stays with what follows it, a table's header repeats on each page it spans, and the
 * running header and footer live in the @page margin boxes (Chromium 131+, so Electron's
 * printToPDF and a headless Chromium print them alike, with page numbers).
 */
import { page } from './pageGeometry'
import { cssString } from './escape'
import { palette, fontFamily } from '../../../shared/charts/theme'
import { zoneStyles } from '../../../shared/report/zones'

export interface RunningText {
  /** Top left: workspace and scenario. */
  header: string
  /** Top right: the month. */
  month: string
  /** Bottom left. */
  footer: string
}

const marginBoxFont = `font: 8pt ${fontFamily}; color: ${palette.muted};`

function pageRules(running: RunningText): string {
  const { margin } = page
  return `
@page {
  size: ${page.widthIn}in ${page.heightIn}in;
  margin: ${margin.topIn}in ${margin.sideIn}in ${margin.bottomIn}in;
  @top-left { content: ${cssString(running.header)}; ${marginBoxFont} vertical-align: bottom; padding-bottom: 10px; }
  @top-right { content: ${cssString(running.month)}; ${marginBoxFont} vertical-align: bottom; padding-bottom: 10px; }
  @bottom-left { content: ${cssString(running.footer)}; ${marginBoxFont} vertical-align: top; padding-top: 10px; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${marginBoxFont} vertical-align: top; padding-top: 10px; }
}
/* The title block names the workspace, scenario and month: the first page needs no header. */
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}`
}

const zoneRules = Object.entries(zoneStyles)
  .map(([zone, style]) => `.zone-${zone} { color: ${style.color}; }`)
  .join('\n')

const bodyRules = `
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  /* Exactly the printed content width, so charts drawn on load are the size they print at. */
  width: ${page.widthIn - 2 * page.margin.sideIn}in;
  margin: 0;
  font: 10pt/1.4 ${fontFamily};
  color: ${palette.text};
  font-variant-numeric: tabular-nums;
}
@media screen {
  body { margin: 24px auto; }
}
h1, h2, h3 { margin: 0; font-weight: 600; break-after: avoid; }
h2 { font-size: 14pt; margin: 0 0 2px; }
h3 { font-size: 11pt; margin: 10px 0 2px; }
p { margin: 0; }
.caption { color: ${palette.muted}; font-size: 9pt; margin-bottom: 8px; break-after: avoid; }
.muted { color: ${palette.muted}; }
section { margin-top: 22px; }
.new-page { break-before: page; margin-top: 0; }
.keep { break-inside: avoid; }

.title-block { padding: 0 0 12px; border-bottom: 2px solid ${palette.text}; }
.title-block .kicker {
  color: ${palette.muted}; font-size: 9pt; letter-spacing: 0.08em; text-transform: uppercase;
}
.title-block h1 { font-size: 24pt; line-height: 1.15; margin: 2px 0 6px; overflow-wrap: anywhere; }
.title-block .compared { margin-top: 6px; font-size: 9pt; color: ${palette.muted}; }
.title-meta { display: flex; flex-wrap: wrap; gap: 4px 28px; font-size: 10pt; }
.title-meta dt { color: ${palette.muted}; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.05em; }
.title-meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }

.kpis { margin-top: 16px; display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; break-inside: avoid; }
.kpi {
  border: 1px solid ${palette.border}; border-left: 4px solid ${palette.border};
  border-radius: 4px; padding: 8px 12px;
}
.kpi-label { color: ${palette.muted}; font-size: 8.5pt; }
.kpi-value { font-size: 20pt; font-weight: 600; line-height: 1.2; }
.kpi-detail { color: ${palette.muted}; font-size: 8.5pt; }
${Object.entries(zoneStyles)
  .map(
    ([zone, style]) => `.kpi.zone-${zone} { border-left-color: ${style.color}; color: inherit; }`,
  )
  .join('\n')}

.chart { margin: 0; break-inside: avoid; }
.chart-plot { width: 100%; }
.chart-figure { display: none; }
.facts { display: flex; flex-wrap: wrap; gap: 2px 24px; margin: 4px 0 6px; font-size: 9.5pt; }
.facts b { font-weight: 600; }

table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 4px; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th {
  text-align: left; font-weight: 600; color: ${palette.muted}; font-size: 8pt;
  border-bottom: 1px solid ${palette.text}; padding: 4px 5px; vertical-align: bottom;
}
td { padding: 4px 5px; border-bottom: 1px solid ${palette.border}; vertical-align: top; overflow-wrap: break-word; }
th.num, td.num { text-align: right; }
/* A figure never breaks across lines; headings and names wrap between words. */
td.num, td.zone { white-space: nowrap; }
.empty { color: ${palette.muted}; font-style: italic; padding: 6px 0; }
${zoneRules}
`

export function pageCss(running: RunningText): string {
  return `${pageRules(running)}\n${bodyRules}`
}
