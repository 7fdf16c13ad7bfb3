import {
  scenarioSummary,
  type ScenarioSummary,
} from '../../../../shared/charts/scenarioCompareFigure'
import { difference, type ComparedScenario } from '../../../../shared/report/comparison'
import { formatCell } from '../../../../shared/report/reportTable'

/** The compared scenarios as the chart's bars, each change worded as the table words it. */
export function compareChartBars(compared: readonly ComparedScenario[]): ScenarioSummary[] {
  return compared.map(({ scenario, result, reference }) => {
    const bar = scenarioSummary({ name: scenario.name, result })
    if (reference === null) return bar
    const before = reference.result.portfolio
    return {
      ...bar,
      change: {
        against: reference.scenario.name,
        marginPct: formatCell('pts', difference(bar.marginPct, before.grossMarginPct)),
        grossProfit: formatCell('moneyDelta', bar.grossProfit - before.grossProfit),
      },
    }
  })
}
