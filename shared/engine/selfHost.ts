/**
 * Self-host versus API by month (DESIGN.md §3 "Self-host crossover"): the tokens and API cost of the
 * models an option replaces, its cost at that volume, the crossover and payback months.
 */
import { atTokenScale } from './atTokenScale'
import { callCost } from './callCost'
import type { CompiledDoc, CompiledFeature, CompiledSelfHost, ModelPrices } from './compiledDoc'
import type { MonthLedger } from './monthLedger'
import type { SelfHostMonth, SelfHostResult } from './results'
import { crossoverVolume, selfHostCostOf } from './selfHostCost'

interface Demand {
  tokens: number
  apiCost: number
}

/** Tokens and API cost per unit on the replaced models (no hidden-cost uplift). */
function demandPerUnit(
  feature: CompiledFeature,
  tokenScale: number,
  prices: readonly ModelPrices[],
  replaces: readonly boolean[],
): Demand {
  const callFactor = (1 + feature.retryRatePct / 100) * (1 - feature.responseCacheHitPct / 100)
  let tokens = 0
  let apiCost = 0
  for (const step of feature.steps) {
    const input = step.mean.input * tokenScale
    const output = step.mean.output * tokenScale
    const reasoning = step.mean.reasoning * tokenScale
    const calls = step.mean.calls * callFactor
    for (const entry of step.mix) {
      if (!replaces[entry.model]) continue
      const share = entry.sharePct / 100
      tokens += calls * share * (input + output + reasoning)
      apiCost += calls * share * callCost(input, output, reasoning, step, prices[entry.model]!)
    }
  }
  return { tokens, apiCost }
}

/** This month's tokens and API spend on the models `option` replaces, over every cohort's units. */
export function monthlyDemand(
  compiled: CompiledDoc,
  ledger: MonthLedger,
  option: CompiledSelfHost,
): Demand {
  const perUnit = atTokenScale((feature, tokenScale) =>
    demandPerUnit(compiled.features[feature]!, tokenScale, ledger.prices, option.replaces),
  )
  let tokens = 0
  let apiCost = 0
  for (const cohort of ledger.cohorts) {
    for (const line of cohort.lines) {
      const demand = perUnit(line.usage.feature, line.usage.tokenScale)
      tokens += line.units * demand.tokens
      apiCost += line.units * demand.apiCost
    }
  }
  return { tokens, apiCost }
}

export function selfHostMonth(
  compiled: CompiledDoc,
  ledger: MonthLedger,
  option: CompiledSelfHost,
  month: string,
): SelfHostMonth {
  const { tokens, apiCost } = monthlyDemand(compiled, ledger, option)
  const { replicas, cost } = selfHostCostOf(option, tokens)
  return { month, tokens, apiCost, selfHostCost: cost, replicas }
}

/** Self-host is the cheaper choice in a month when it costs no more than the API. */
export const isSelfHostCheaper = (row: Pick<SelfHostMonth, 'selfHostCost' | 'apiCost'>): boolean =>
  row.selfHostCost <= row.apiCost

const firstCrossover = (monthly: readonly SelfHostMonth[]): number | null => {
  const month = monthly.findIndex(isSelfHostCheaper)
  return month < 0 ? null : month
}

/**
 * First month t from the crossover on whose cumulative saving since the crossover covers the
 * setup cost — read, like every figure of month t in §3, with the overrides in force at t.
 */
function paybackMonth(
  monthly: readonly SelfHostMonth[],
  crossover: number | null,
  setupCostAt: (month: number) => number,
): number | null {
  if (crossover === null) return null
  let saved = 0
  for (let month = crossover; month < monthly.length; month++) {
    const row = monthly[month]!
    saved += row.apiCost - row.selfHostCost
    if (saved >= setupCostAt(month)) return month
  }
  return null
}

/**
 * The option's result over the horizon; `optionAt(t)` is the option as the overrides stand at t.
 * The crossover volume uses its month-0 parameters (§3); payback compares each month's cumulative
 * saving with the setup cost in force that month.
 */
export function selfHostResult(
  optionAt: (month: number) => CompiledSelfHost,
  monthly: SelfHostMonth[],
): SelfHostResult {
  const atMonth0 = optionAt(0)
  const crossoverMonth = firstCrossover(monthly)
  const first = monthly[0]
  const apiPricePerToken = first && first.tokens > 0 ? first.apiCost / first.tokens : null
  const volume = apiPricePerToken === null ? null : crossoverVolume(atMonth0, apiPricePerToken)
  return {
    id: atMonth0.id,
    crossoverMonth,
    paybackMonth: paybackMonth(monthly, crossoverMonth, (month) => optionAt(month).setupCost),
    crossoverMonthlyTokens: volume,
    crossoverMonthlyApiSpend:
      volume === null || apiPricePerToken === null ? null : volume * apiPricePerToken,
    monthly,
  }
}
