import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatPct } from '../../../../shared/report/format'
import { formatMonth } from '../../../../shared/report/labels'
import type { ReportTable } from '../../../../shared/report/reportTable'
import { escapeHtml } from '../escape'
import { tableHtml } from '../tableHtml'
import {
  cohortGrowthTable,
  featureFloorsTable,
  modelsTable,
  plansTable,
} from '../../../../shared/report/assumptionTables'
import { sectionHtml } from './section'

function part(table: ReportTable, empty: string): string {
  return `<h3>${escapeHtml(table.title)}</h3>\n${tableHtml(table, empty)}`
}

/** The workspace-wide settings, on one line. */
function generalFacts({ assumptions }: BoardReport): string {
  const items: [string, string][] = [
    ['Forecast', `${formatMonth(assumptions.startMonth)}, ${assumptions.horizonMonths} months`],
    ['Portfolio margin floor', formatPct(assumptions.portfolioFloorPct)],
    ['Annual API price decline', formatPct(assumptions.annualPriceDeclinePct)],
  ]
  const text = items.map(([label, value]) => `<span>${label}: <b>${escapeHtml(value)}</b></span>`)
  return `<p class="facts">${text.join('')}</p>`
}

/** What the numbers rest on, as they stand in the report's scenario at its month. */
export function appendixSection(report: BoardReport): string {
  const { assumptions } = report
  const parts = [
    generalFacts(report),
    part(modelsTable(assumptions), 'No models yet.'),
    part(featureFloorsTable(assumptions), 'No features yet.'),
    part(cohortGrowthTable(assumptions), 'No cohorts yet.'),
    part(plansTable(assumptions), 'No plans yet.'),
  ]
  return sectionHtml(
    'Appendix: assumptions',
    `As they stand in the ${report.scenario.name} scenario in ${formatMonth(report.month.label)}: ` +
      'prices in force with the date each applies from, floors, growth and attribution.',
    parts.join('\n'),
    { newPage: true },
  )
}
