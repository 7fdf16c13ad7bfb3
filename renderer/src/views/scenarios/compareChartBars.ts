import type { ScenarioSummary } from '../../../../shared/charts/scenarioCompareFigure'
import type { ComparedScenario } from '../../../../shared/report/comparison'
import { formatCell } from '../../../../shared/report/reportTable'

const difference = (value: number | null, reference: number | null) =>
  value === null || reference === null ? null : value - reference

/** The compared scenarios as the chart's bars, each change worded as the table words it. */
export function compareChartBars(compared: readonly ComparedScenario[]): ScenarioSummary[] {
  return compared.map(({ scenario, result, reference }) => {
    const { grossMarginPct, grossProfit, zone } = result.portfolio
    const bar: ScenarioSummary = {
      name: scenario.name,
      marginPct: grossMarginPct,
      grossProfit,
      zone,
    }
    if (reference === null) return bar
    const before = reference.result.portfolio
    return {
      ...bar,
      change: {
        against: reference.scenario.name,
        marginPct: formatCell('pts', difference(grossMarginPct, before.grossMarginPct)),
        grossProfit: formatCell('moneyDelta', grossProfit - before.grossProfit),
      },
    }
  })
}
