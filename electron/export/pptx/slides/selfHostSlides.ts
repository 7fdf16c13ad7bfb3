/**
 * Slide 8, one per self-host option: API cost against self-host cost by month, with the crossover,
 * payback and breakeven volume stated beside the chart. A workspace without an option gets no
 * slide: a board has nothing to decide there.
 */
import {
  apiCostColor,
  selfHostCostColor,
  selfHostMonthLabel,
} from '../../../../shared/charts/selfHostMonthlyFigure'
import type { SelfHostResult } from '../../../../shared/engine/results'
import { formatCompact, formatMoney, formatNumber } from '../../../../shared/report/format'
import { formatMonth } from '../../../../shared/report/labels'
import { chartOptions, largestAbs, moneyCode, monthLabelFrequency } from '../chartStyle'
import { addContentSlide, type Deck } from '../deck'
import { addPanelFacts, CHART_BESIDE_PANEL_W, type Fact } from '../sidePanel'
import { shorten } from '../textFit'
import { frame, hex } from '../theme'

/** "Jan 2027 (month 12)": the date, and the month of the plan the engine counts. */
function monthFact(result: SelfHostResult, month: number | null): string | null {
  const label = selfHostMonthLabel(result, month)
  return label === null ? null : `${label} (month ${month})`
}

function message(result: SelfHostResult, name: string): string {
  const crossover = selfHostMonthLabel(result, result.crossoverMonth)
  const payback = selfHostMonthLabel(result, result.paybackMonth)
  if (crossover === null) {
    return `The API stays cheaper than ${name} throughout the ${result.monthly.length}-month forecast.`
  }
  const paid =
    payback === null
      ? 'its setup is not paid back within the forecast'
      : `its setup is paid back by ${payback}`
  return `Self-hosting becomes cheaper in ${crossover}; ${paid}.`
}

function facts(result: SelfHostResult, reportMonth: number): Fact[] {
  const { crossoverMonthlyTokens, crossoverMonthlyApiSpend } = result
  const now = result.monthly[reportMonth]
  return [
    {
      label: 'Crossover',
      value: monthFact(result, result.crossoverMonth) ?? 'None within the forecast',
    },
    {
      label: 'Setup paid back',
      value: monthFact(result, result.paybackMonth) ?? 'Not within the forecast',
    },
    {
      label: 'First breaks even at (start-month prices)',
      value:
        crossoverMonthlyApiSpend === null
          ? '—'
          : `${formatMoney(crossoverMonthlyApiSpend)} of API spend a month (${formatCompact(crossoverMonthlyTokens)} tokens)`,
    },
    ...(now
      ? [
          {
            label: `In ${formatMonth(now.month)}`,
            value: `API ${formatMoney(now.apiCost)}, self-host ${formatMoney(now.selfHostCost)} on ${formatNumber(now.replicas, 0)} ${now.replicas === 1 ? 'replica' : 'replicas'}`,
          },
        ]
      : []),
  ]
}

export function addSelfHostSlides(deck: Deck): void {
  const { report } = deck
  for (const result of report.result.selfHost) {
    const name = report.names.selfHost[result.id] ?? result.id
    const slide = addContentSlide(deck, `Self-hosting: ${name}`, message(result, shorten(name, 40)))
    const labels = result.monthly.map((m) => formatMonth(m.month))
    slide.addChart(
      'line',
      [
        { name: 'API cost', labels, values: result.monthly.map((m) => m.apiCost) },
        { name: 'Self-host cost', labels, values: result.monthly.map((m) => m.selfHostCost) },
      ],
      {
        ...chartOptions(
          { x: frame.x, y: frame.body.y, w: CHART_BESIDE_PANEL_W, h: frame.body.h },
          { value: 'Cost per month' },
        ),
        chartColors: [hex(apiCostColor), hex(selfHostCostColor)],
        lineSize: 2.25,
        lineDataSymbol: 'none',
        valAxisLabelFormatCode: moneyCode(
          largestAbs(result.monthly.flatMap((m) => [m.apiCost, m.selfHostCost])),
        ),
        catAxisLabelFrequency: monthLabelFrequency(labels.length),
        showLegend: true,
        legendPos: 'b',
      },
    )
    addPanelFacts(slide, 'Crossover', facts(result, report.month.index))
  }
}
