/** The report's result tables: features at risk and the scenarios compared. */
import {
  buildScenarioCompareFigure,
  scenarioSummary,
} from '../../../../shared/charts/scenarioCompareFigure'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatMonth } from '../../../../shared/report/labels'
import { comparisonTable } from '../../../../shared/report/comparison'
import { atRiskTable } from '../../../../shared/report/resultTables'
import { chartHtml } from '../chartHtml'
import { tableHtml } from '../tableHtml'
import { sectionHtml } from './section'

export function atRiskSection(report: BoardReport): string {
  return sectionHtml(
    'Features at risk',
    'Features below or near their floor, worst margin first, with the price that would put each at its floor.',
    tableHtml(atRiskTable(report), 'No feature is below or near its floor.'),
  )
}

/** The chart when two or more scenarios are compared; the table whenever any is. */
export function comparisonSection(report: BoardReport): string {
  if (report.comparison.length === 0) return ''
  const references = [
    ...new Set(report.comparison.flatMap((c) => (c.reference ? [c.reference.scenario.name] : []))),
  ]
  const against =
    references.length === 0
      ? ''
      : references.length === 1
        ? `, each beside its difference from ${references[0]}`
        : ', each beside its difference from the scenario it was forked from'
  const chart =
    report.comparison.length > 1
      ? sectionHtml(
          'Scenarios compared',
          `Portfolio gross margin and gross profit per scenario in ${formatMonth(report.month.label)}; dashed: the portfolio floor.`,
          chartHtml(
            buildScenarioCompareFigure({
              scenarios: report.comparison.map(({ scenario, result }) =>
                scenarioSummary({ name: scenario.name, result }),
              ),
              floorPct: report.result.portfolio.floorPct,
            }),
            'Portfolio gross margin and gross profit per scenario',
          ),
          { keep: true },
        )
      : ''
  const table = sectionHtml(
    'Scenario comparison',
    `The compared scenarios side by side${against}.`,
    tableHtml(comparisonTable(report.features, report.comparison), 'No scenarios compared.'),
  )
  return `${chart}\n${table}`
}
