/** How prices and what a refresh skipped read in every view and in the CLI. */
import { formatUnitMoney } from '../report/format'
import type { PricePoint } from '../model/types'
import { UNDATED_FROM } from './genaiPrices'
import { totalSkipped, type SkipCounts } from './priceBook'

/** "$3 / $15" per million tokens, input / output. */
export const formatInputOutput = (point: Pick<PricePoint, 'inputPerMTok' | 'outputPerMTok'>) =>
  `${formatUnitMoney(point.inputPerMTok)} / ${formatUnitMoney(point.outputPerMTok)}`

/** The day a price applies from; a source's undated price has applied as long as it knows. */
export const formatPriceFrom = (from: string): string =>
  from === UNDATED_FROM ? 'earliest known' : from

/** One line per kind of skip: "2 time-of-day prices", "111 non-token prices (…)". */
export function skipSummary(skipped: SkipCounts): string[] {
  const line = (tally: Record<string, number>, noun: string): string[] => {
    const total = totalSkipped(tally)
    if (total === 0) return []
    const reasons = Object.entries(tally)
      .sort(([, a], [, b]) => b - a)
      .map(([reason, count]) => `${reason} ${count.toLocaleString('en-US')}`)
    return [`${total.toLocaleString('en-US')} ${noun}: ${reasons.join(', ')}`]
  }
  return [
    ...line(skipped.models, 'models left out'),
    ...line(skipped.pricePoints, 'dated prices left out'),
    ...line(skipped.priceFields, 'prices of other kinds left out'),
  ]
}
