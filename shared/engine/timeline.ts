/**
 * The months of the horizon for one scenario: the forecast rows and the self-host comparison
 * (DESIGN.md §3, §5). Each month is evaluated on the document with the overrides in force then;
 * the document (and its compiled form) is built once per distinct set of active overrides, so a
 * scenario without dated overrides compiles once for the whole horizon.
 */
import { isActiveAt } from '../model/overrides'
import type { Override, WorkspaceDoc } from '../model/types'
import { CompileMemo, compileDoc, type CompiledDoc, type CompiledSelfHost } from './compiledDoc'
import { marginPct } from './margins'
import { docAtMonth } from './monthResult'
import { monthLedger } from './monthLedger'
import { monthLabel } from './months'
import type { ForecastRow, SelfHostMonth, SelfHostResult } from './results'
import { selfHostMonth, selfHostResult } from './selfHost'

export interface Timeline {
  forecast: ForecastRow[]
  selfHost: SelfHostResult[]
}

export type CompiledAt = (month: number) => CompiledDoc

/** The compiled document at each month, shared between months with the same active overrides. */
export function compiledByMonth(doc: WorkspaceDoc, overrides: readonly Override[]): CompiledAt {
  const byActiveSet = new Map<string, CompiledDoc>()
  const memo = new CompileMemo()
  return (month: number): CompiledDoc => {
    const key = overrides.map((override) => (isActiveAt(override, month) ? '1' : '0')).join('')
    let compiled = byActiveSet.get(key)
    if (!compiled) {
      compiled = compileDoc(docAtMonth(doc, overrides, month), memo)
      byActiveSet.set(key, compiled)
    }
    return compiled
  }
}

/** The forecast and self-host results of one scenario (its overrides) over the horizon. */
export function timeline(doc: WorkspaceDoc, overrides: readonly Override[] = []): Timeline {
  return timelineOf(compiledByMonth(doc, overrides))
}

/**
 * Months 0 … horizonMonths − 1 whatever month the caller looks at; the horizon (like every
 * workspace field) is read as the overrides stand at month 0.
 */
export function timelineOf(compiledAt: CompiledAt): Timeline {
  const start = compiledAt(0)
  const { doc } = start
  const forecast: ForecastRow[] = []
  const monthly: SelfHostMonth[][] = start.selfHost.map(() => [])
  const optionAt =
    (id: string) =>
    (month: number): CompiledSelfHost => {
      const option = compiledAt(month).selfHost.find((candidate) => candidate.id === id)
      if (!option) throw new Error(`self-host option "${id}" is missing at month ${month}`)
      return option
    }
  for (let month = 0; month < start.horizonMonths; month++) {
    const compiled = compiledAt(month)
    const ledger = monthLedger(compiled, month)
    const label = monthLabel(doc, month)
    const { revenue, cogs } = ledger
    forecast.push({
      month: label,
      revenue,
      cogs,
      grossProfit: revenue - cogs,
      grossMarginPct: marginPct(revenue, cogs),
    })
    start.selfHost.forEach((option, index) => {
      monthly[index]!.push(selfHostMonth(compiled, ledger, optionAt(option.id)(month), label))
    })
  }
  return {
    forecast,
    selfHost: start.selfHost.map((option, index) =>
      selfHostResult(optionAt(option.id), monthly[index]!),
    ),
  }
}
