/**
 * How the Compare section lays out shared/report's comparison table: the export has a value
 * column and a "Δ vs …" column per scenario; the screen shows each delta under its value, in one
 * column per scenario, tinted by whether the change is good news.
 */
import type { ReportTable } from '../../../../shared/report/reportTable'

export interface ScenarioColumn {
  /** Index of the scenario's value column in the table. */
  value: number
  /** Index of its "Δ vs …" column; absent for the baseline. */
  delta?: number
}

/** Each value column with the delta column that follows it, the metric column left out. */
export function scenarioColumns(table: ReportTable): ScenarioColumn[] {
  const columns: ScenarioColumn[] = []
  table.columns.forEach((column, index) => {
    const last = columns[columns.length - 1]
    if (column.kind === 'byRow') columns.push({ value: index })
    else if (column.kind === 'byRowDelta' && last) last.delta = index
  })
  return columns
}

type DeltaTone = 'better' | 'worse' | 'same'

/**
 * Metrics (comparisonTable's row labels) where a rise is bad news. Revenue, profit and every
 * margin read the other way; feature rows are "<name> margin", so never collide with these.
 */
export const lowerIsBetter: ReadonlySet<string> = new Set([
  'COGS',
  'AI COGS % of revenue',
  'Features below floor',
])

/**
 * Better or worse for the business. `shown` is the delta as displayed: a change that rounds to
 * nothing ("+0.0 pts", "$0") is no change to the reader, so it is not coloured either.
 */
export function deltaTone(metric: string, delta: unknown, shown: string): DeltaTone {
  if (typeof delta !== 'number' || delta === 0 || !/[1-9]/.test(shown)) return 'same'
  const rose = delta > 0
  return rose !== lowerIsBetter.has(metric) ? 'better' : 'worse'
}
