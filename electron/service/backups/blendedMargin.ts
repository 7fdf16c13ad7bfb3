import { evaluateMonth } from '../../../shared/engine'
import type { WorkspaceDoc } from '../../../shared/model/types'

/**
 * The baseline's blended (portfolio) gross margin at the first month, in percent: the figure the
 * Overview's margin tile shows for the baseline at month 0. Null without revenue.
 */
export function blendedMarginPct(doc: WorkspaceDoc): number | null {
  return evaluateMonth(doc, 0).portfolio.grossMarginPct
}
