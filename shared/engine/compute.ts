/** `margin compute`: the whole result of DESIGN.md §5 for one scenario and month. */
import { scenarioOverrides } from '../model/overrides'
import type { WorkspaceDoc } from '../model/types'
import { assertMonth, compiledMonthResult } from './monthResult'
import type { ComputeResult } from './results'
import { compiledByMonth, timelineOf } from './timeline'

export interface ComputeOptions {
  /** Null or absent: the baseline. */
  scenarioId?: string | null
  /** Months from startMonth; default 0. */
  month?: number
}

/** Throws on an unknown scenario, a parent cycle or overrides that do not apply (validate first). */
export function compute(doc: WorkspaceDoc, options: ComputeOptions = {}): ComputeResult {
  const scenarioId = options.scenarioId ?? null
  const month = options.month ?? 0
  assertMonth(month)
  const compiledAt = compiledByMonth(doc, scenarioOverrides(doc, scenarioId))
  const { forecast, selfHost } = timelineOf(compiledAt)
  return { scenarioId, ...compiledMonthResult(compiledAt(month), month), forecast, selfHost }
}
