/** The report's single-chart sections, each drawn by the screen's own figure builder. */
import { buildForecastFigure, forecastIsEmpty } from '../../../../shared/charts/forecastFigure'
import { buildWaterfallFigure } from '../../../../shared/charts/waterfallFigure'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { chartHtml } from '../chartHtml'
import { sectionHtml } from './section'

export function waterfallSection(report: BoardReport): string {
  const { portfolio, layers } = report.result
  const figure = buildWaterfallFigure({
    revenue: portfolio.revenue,
    layers,
    grossProfit: portfolio.grossProfit,
  })
  return sectionHtml(
    'Margin waterfall',
    "This month's revenue less each cost layer, down to gross profit.",
    chartHtml(figure, 'Revenue less each cost layer, down to gross profit'),
    { keep: true },
  )
}

export function forecastSection(report: BoardReport): string {
  const series = report.forecasts.map((line) => ({ name: line.scenario.name, forecast: line.rows }))
  const figure = buildForecastFigure({ series, floorPct: report.result.portfolio.floorPct })
  const months = report.forecasts[0]?.rows.length ?? 0
  const lines =
    report.forecasts.length > 1 ? 'one line per scenario' : `the ${report.scenario.name} scenario`
  return sectionHtml(
    'Forecast',
    `Gross margin and gross profit over ${months} months, ${lines}; dashed: the portfolio floor.`,
    forecastIsEmpty(series)
      ? '<p class="empty">Nothing to forecast yet: no month has revenue or costs.</p>'
      : months > 0
        ? chartHtml(
            figure,
            'Forecast of gross margin and gross profit by month, one line per scenario',
          )
        : '<p class="empty">No forecast months to show.</p>',
    { keep: true },
  )
}
