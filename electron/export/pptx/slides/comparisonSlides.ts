/**
 * Slide 10: the compared scenarios side by side with their deltas. Left out when fewer than two
 * scenarios are compared: one column compares nothing.
 */
import type { ComparedScenario } from '../../../../shared/report/comparison'
import { comparisonTable } from '../../../../shared/report/comparison'
import { formatPct } from '../../../../shared/report/format'
import type { Deck } from '../deck'
import { addTableSlides } from '../tables/tableSlides'
import { shorten } from '../textFit'

/** More than this many and the message line would wrap past its two lines. */
const NAMED_IN_MESSAGE = 4

function message(compared: readonly ComparedScenario[]): string {
  const margins = compared
    .slice(0, NAMED_IN_MESSAGE)
    .map(
      ({ scenario, result }) =>
        `${shorten(scenario.name, 40)} ${formatPct(result.portfolio.grossMarginPct)}`,
    )
  const more = compared.length - NAMED_IN_MESSAGE
  return `Gross margin: ${margins.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`
}

export function addComparisonSlides(deck: Deck): void {
  const { report } = deck
  if (report.comparison.length < 2) return
  addTableSlides(deck, 'Scenario comparison', message(report.comparison), [
    { table: comparisonTable(report.features, report.comparison) },
  ])
}
