/**
 * What the P(below floor) column shows: one note for the whole column (no ranges, not estimated
 * yet, estimating, failed), or per lever the chance before → after.
 */
import type { ChangeRisk } from '../jobs/protocol'
import { formatChance, riskChange } from '../figures'
import { RISK_LEVERS, type RiskRun } from './useRiskEstimate'

export type RiskColumn =
  /** The active scenario has no ranges: nothing to simulate. */
  | { kind: 'no-ranges' }
  | { kind: 'note'; text: string }
  | { kind: 'estimated'; probBelowFloor: number; byId: ReadonlyMap<string, ChangeRisk> }

export function riskColumn(hasRanges: boolean, run: RiskRun): RiskColumn {
  if (!hasRanges) return { kind: 'no-ranges' }
  switch (run.status) {
    case 'idle':
      return { kind: 'note', text: 'Not estimated yet: use “Estimate risk change” above' }
    case 'running':
      return { kind: 'note', text: 'Estimating…' }
    case 'failed':
      return { kind: 'note', text: `The estimate failed: ${run.message}` }
    case 'done': {
      const { probBelowFloor, changes } = run.estimate
      return { kind: 'estimated', probBelowFloor, byId: new Map(changes.map((c) => [c.id, c])) }
    }
  }
}

/** One lever's cell: its text, and the tooltip that says what it means or why it is blank. */
export function riskCell(
  column: Extract<RiskColumn, { kind: 'estimated' }>,
  leverId: string,
): { text: string; tooltip: string } {
  const risk = column.byId.get(leverId)
  if (risk === undefined) {
    return { text: '—', tooltip: `Only the top ${RISK_LEVERS} levers are estimated` }
  }
  if ('error' in risk) return { text: '—', tooltip: `Could not be simulated: ${risk.error}` }
  return {
    text: riskChange(column.probBelowFloor, risk.probBelowFloor),
    tooltip: `Chance the portfolio margin ends below its floor: ${formatChance(column.probBelowFloor)} now, ${formatChance(risk.probBelowFloor)} with the lever`,
  }
}
