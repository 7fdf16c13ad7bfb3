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

/** "the price from 2024-10-02", or "the earliest known price" for a source's undated one. */
export const describePriceFrom = (from: string): string =>
  from === UNDATED_FROM ? 'the earliest known price' : `the price from ${from}`

const REASONS_SHOWN = 4

/**
 * One line per kind of skip, the commonest reasons first: "111 prices of other kinds left out:
 * cache_write_1h_mtok 22, web_searches_kcount 20, … and 8 more kinds".
 */
export function skipSummary(skipped: SkipCounts): string[] {
  const line = (tally: Record<string, number>, noun: string): string[] => {
    const total = totalSkipped(tally)
    if (total === 0) return []
    const reasons = Object.entries(tally)
      .sort(([, a], [, b]) => b - a)
      .map(([reason, count]) => `${reason} ${count.toLocaleString('en-US')}`)
    const more = reasons.length - REASONS_SHOWN
    const shown =
      more > 1 ? [...reasons.slice(0, REASONS_SHOWN), `… and ${more} more kinds`] : reasons
    return [`${total.toLocaleString('en-US')} ${noun}: ${shown.join(', ')}`]
  }
  return [
    ...line(skipped.models, 'models left out'),
    ...line(skipped.pricePoints, 'dated prices left out'),
    ...line(skipped.priceFields, 'prices of other kinds left out'),
  ]
}
