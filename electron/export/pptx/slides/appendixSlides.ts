/** The appendix: the assumptions the numbers rest on, continued over as many slides as it needs. */
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatPct } from '../../../../shared/report/format'
import { formatFloorPct, formatMonth } from '../../../../shared/report/labels'
import {
  cohortGrowthTable,
  featureFloorsTable,
  modelsTable,
  plansTable,
} from '../../../../shared/report/assumptionTables'
import type { Deck } from '../deck'
import { addTableSlides } from '../tables/tableSlides'
import { shorten } from '../textFit'

function message({ assumptions, scenario, month }: BoardReport): string {
  return [
    `Plan from ${formatMonth(assumptions.startMonth)} over ${assumptions.horizonMonths} months`,
    `portfolio floor ${formatFloorPct(assumptions.portfolioFloorPct)}`,
    `API prices fall ${formatPct(assumptions.annualPriceDeclinePct)} a year`,
    `as in force in ${formatMonth(month.label)} under ${shorten(scenario.name, 40)}`,
  ].join(' · ')
}

export function addAppendixSlides(deck: Deck): void {
  const { assumptions } = deck.report
  const tables = [
    modelsTable(assumptions),
    featureFloorsTable(assumptions),
    cohortGrowthTable(assumptions),
    plansTable(assumptions),
  ]
  addTableSlides(
    deck,
    'Appendix: assumptions',
    message(deck.report),
    tables
      .filter((table) => table.rows.length > 0)
      .map((table) => ({ table, heading: table.title })),
  )
}
