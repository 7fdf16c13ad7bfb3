import { describe, expect, it } from 'vitest'
import { buildFeatureMarginFigure, sortByMargin } from '../../../shared/charts/featureMarginFigure'
import { buildForecastFigure } from '../../../shared/charts/forecastFigure'
import { buildSelfHostMonthlyFigure } from '../../../shared/charts/selfHostMonthlyFigure'
import { buildWaterfallFigure } from '../../../shared/charts/waterfallFigure'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { buildBoardReport, type BoardReport } from '../../../shared/report/boardReport'
import { formatCents, formatMoney, formatPct, formatUnitMoney } from '../../../shared/report/format'
import { formatMonth } from '../../../shared/report/labels'
import { featuresPerChart } from '../../../electron/export/pdf/sections/featureMargins'
import { escapeHtml } from '../../../electron/export/pdf/escape'
import { reportHtml } from '../../../electron/export/pdf/reportHtml'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { largeWorkspace } from '../../fixtures/largeWorkspace'
import { contentHeightPx } from '../../../electron/export/pdf/pageGeometry'
import { pageFigures, pageMarkup } from './reportPdfPage'

function reportOf(doc: WorkspaceDoc): BoardReport {
  return buildBoardReport(doc, {
    scenarioId: null,
    compare: [null, ...doc.scenarios.map((scenario) => scenario.id)],
    month: 0,
    generatedOn: '2026-05-04',
  })
}

/** A cell or text as the page shows it: escaped, as every name and figure is. */
const shown = (text: string) => escapeHtml(text)

describe.each(exampleDocuments())('the report page of $name', ({ doc }) => {
  const report = reportOf(doc)
  const html = reportHtml(report)
  const markup = pageMarkup(html)

  it('is one self-contained page that may load nothing from anywhere', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(markup).toContain(`default-src 'none'`)
    expect(markup).not.toMatch(/<(link|img|iframe)\b/)
    expect(markup).not.toMatch(/\bsrc=/)
    // Plotly itself is inlined: the page draws its charts with no file beside it.
    expect(html.includes('Plotly.newPlot')).toBe(true)
  })

  it('has every section of the board deck', () => {
    const headings = [...markup.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])
    expect(headings).toEqual(
      expect.arrayContaining([
        'Margin waterfall',
        'Features at risk',
        'Forecast',
        'Scenario comparison',
        'AI COGS per seat, by cohort',
        'Cohorts',
        'Appendix: assumptions',
      ]),
    )
    expect(headings.some((h) => h?.startsWith('Margin by feature'))).toBe(true)
    const selfHost = headings.filter((h) => h?.startsWith('Self-host crossover: '))
    expect(selfHost).toHaveLength(report.result.selfHost.length)
  })

  it('titles the report with workspace, scenario, month and date', () => {
    expect(markup).toContain(`<h1>${shown(report.workspaceName)}</h1>`)
    expect(markup).toContain(`<dd>${shown(report.scenario.name)}</dd>`)
    expect(markup).toContain(`<dd>${formatMonth(report.month.label)}</dd>`)
    expect(markup).toContain('<dd>May 4, 2026</dd>')
  })

  it('shows the engine’s figures through the shared formatters', () => {
    const { portfolio } = report.result
    expect(markup).toContain(`<div class="kpi-value">${formatPct(portfolio.grossMarginPct)}</div>`)
    expect(markup).toContain(`<div class="kpi-value">${formatMoney(portfolio.grossProfit)}</div>`)
    for (const feature of report.atRisk) {
      expect(markup).toContain(`<td>${shown(report.names.features[feature.id] ?? '')}</td>`)
      expect(markup).toContain(
        `<td class="num">${formatUnitMoney(feature.breakevenPriceAtFloor)}</td>`,
      )
    }
    for (const { result } of report.comparison) {
      expect(markup).toContain(`<td class="num">${formatMoney(result.portfolio.revenue)}</td>`)
    }
    for (const cohort of report.result.cohorts) {
      expect(markup).toContain(`<td class="num">${formatCents(cohort.aiCogsPerSeat)}</td>`)
    }
    for (const model of report.assumptions.models) {
      expect(markup).toContain(`<td>${shown(model.name)}</td>`)
      expect(markup).toContain(`<td class="num">${formatUnitMoney(model.inputPerMTok)}</td>`)
    }
  })

  it('draws the screen’s charts: the shared builders’ figures, unchanged', () => {
    const figures = pageFigures(html)
    const { portfolio, layers, features, selfHost } = report.result
    const expected = [
      buildWaterfallFigure({
        revenue: portfolio.revenue,
        layers,
        grossProfit: portfolio.grossProfit,
      }),
      buildForecastFigure({
        series: report.forecasts.map((line) => ({ name: line.scenario.name, forecast: line.rows })),
        floorPct: portfolio.floorPct,
      }),
      ...selfHost.map(buildSelfHostMonthlyFigure),
    ]
    for (const figure of expected)
      expect(figures).toContainEqual(JSON.parse(JSON.stringify(figure)))
    if (features.length <= featuresPerChart) {
      const margins = buildFeatureMarginFigure({ features, names: report.names.features })
      expect(figures).toContainEqual(JSON.parse(JSON.stringify(margins)))
    }
    expect(markup.match(/<figure class="chart"/g)).toHaveLength(figures.length)
  })
})

describe('a long portfolio', () => {
  const doc = largeWorkspace({ features: 40, stepsPerFeature: 1, modelsPerMix: 2 })
  const report = reportOf(doc)
  const figures = pageFigures(reportHtml(report))

  it('takes as many margin charts as it needs, each short enough for one page, in margin order', () => {
    const margins = figures.filter((figure) => figure.layout.yaxis?.categoryarray !== undefined)
    expect(margins).toHaveLength(Math.ceil(40 / featuresPerChart))
    for (const figure of margins) {
      expect(figure.layout.height ?? Infinity).toBeLessThanOrEqual(contentHeightPx)
    }
    const order = margins.flatMap((figure) => figure.layout.yaxis?.categoryarray ?? [])
    expect(order).toEqual(sortByMargin(report.result.features).map((feature) => feature.id))
  })
})

describe('user text on the report page', () => {
  const doc = structuredClone(exampleDocument('support-agent.json'))
  doc.name = '<img src=x onerror=alert(1)> & "Co"'
  const [first, second] = doc.features
  if (!first || !second) throw new Error('support-agent.json has two features')
  first.name = '<script>alert(1)</script>'
  second.name = '=HYPERLINK("http://evil.example","click")'
  const scenario = doc.scenarios[0]
  if (!scenario) throw new Error('support-agent.json has scenarios')
  scenario.name = 'Price "up" \\ </style><b>'
  const report = buildBoardReport(doc, {
    scenarioId: scenario.id,
    compare: [null, scenario.id],
    month: 0,
    generatedOn: '2026-05-04',
  })
  const html = reportHtml(report)
  const markup = pageMarkup(html)

  it('is escaped wherever it appears: markup, running header and chart data', () => {
    for (const raw of ['<script>alert(1)', '<img src=x', '</style><b>']) {
      expect(html.includes(raw)).toBe(false)
    }
    expect(markup.match(/<\/style>/g)).toHaveLength(1)
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(markup).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)')
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;')
  })

  it('leaves only the page’s own two scripts executable', () => {
    const openings = html.match(/<script\b[^>]*>/g) ?? []
    const data = openings.filter((tag) => tag.includes('type="application/json"'))
    expect(openings.length - data.length).toBe(2)
    expect(data).toHaveLength(pageFigures(html).length)
  })

  it('keeps the names whole in the chart data, for Plotly to show as text', () => {
    const figures = pageFigures(html)
    const ticks = figures.flatMap((figure) => figure.layout.yaxis?.ticktext ?? [])
    expect(ticks).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})
