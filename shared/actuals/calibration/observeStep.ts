/**
 * One step as a window of actuals shows it. Means come from the aggregates' sums (exact); P95s
 * from the sample histograms, the only place per-unit and per-call values survive aggregation.
 */
import type { DailyAggregate, SampleCount, SampleMetric } from '../types'
import { histogramOf, nearestRank, type Histogram } from './histogram'
import { mixByCalls } from './mixByCalls'
import type { ObservedStat, ObservedStep } from './types'

const P95 = 95

export interface StepActuals {
  /** The step's aggregates in the window. */
  aggregates: readonly DailyAggregate[]
  /** The step's samples in the window. */
  samples: readonly SampleCount[]
  /** The feature's units by day in the window: every unit, whatever steps it called. */
  unitsByDay: ReadonlyMap<string, number>
  /** The workspace's model ids, in the workspace's order. */
  modelIds: readonly string[]
}

export function observeStep(actuals: StepActuals): ObservedStep {
  const { aggregates } = actuals
  const sum = (of: (row: DailyAggregate) => number): number =>
    aggregates.reduce((total, row) => total + of(row), 0)
  const calls = sum((row) => row.calls)
  const cachedReads = sum((row) => row.cachedInputTokens)
  // The plan's input includes its cached prefix, so observed input is every input token: the
  // aggregates keep uncached input, cached reads and cache writes apart (§9).
  const input = sum((row) => row.inputTokens + row.cachedInputTokens + row.cacheWriteTokens)
  const perCall = (total: number, metric: SampleMetric): ObservedStat | null =>
    calls > 0
      ? { mean: total / calls, p95: nearestRank(callHistogram(actuals, metric), P95) }
      : null
  const { mix, callsWithoutModel } = modelMix(aggregates, actuals.modelIds)
  return {
    calls,
    callsPerUnit: callsPerUnit(actuals, calls),
    // The aggregator records the `inputTokens` samples as all input per call, like `input` here.
    inputTokens: perCall(input, 'inputTokens'),
    outputTokens: perCall(
      sum((row) => row.outputTokens),
      'outputTokens',
    ),
    reasoningTokens: perCall(
      sum((row) => row.reasoningTokens),
      'reasoningTokens',
    ),
    cachedPrefixTokens: calls > 0 ? cachedReads / calls : null,
    cachedSharePct: input > 0 ? (cachedReads / input) * 100 : null,
    mix,
    callsWithoutModel,
    responseCacheHitPct: responseCacheHitPct(aggregates),
  }
}

const callHistogram = (actuals: StepActuals, metric: SampleMetric): Histogram =>
  histogramOf(actuals.samples.filter((sample) => sample.metric === metric))

/**
 * Calls per unit over every unit of the feature. The samples list only units that called the
 * step; the rest of a day's units called it 0 times. A day with calls but no listed units comes
 * from a source that cannot tell units apart (a usage bucket): its zeros would be made up, so
 * there is no P95 then.
 */
function callsPerUnit(actuals: StepActuals, calls: number): ObservedStat | null {
  let units = 0
  for (const dayUnits of actuals.unitsByDay.values()) units += dayUnits
  if (units === 0) return null
  const listed = actuals.samples.filter((sample) => sample.metric === 'callsPerUnit')
  const listedByDay = new Map<string, number>()
  for (const sample of listed) {
    listedByDay.set(sample.day, (listedByDay.get(sample.day) ?? 0) + sample.count)
  }
  const unranked = actuals.aggregates.some((row) => row.calls > 0 && !listedByDay.has(row.day))
  if (unranked) return { mean: calls / units, p95: null }
  const zeros = [...actuals.unitsByDay].map(([day, dayUnits]) => ({
    value: 0,
    // Never below 0, should a day list more units than the feature counted.
    count: Math.max(0, dayUnits - (listedByDay.get(day) ?? 0)),
  }))
  return { mean: calls / units, p95: nearestRank(histogramOf([...listed, ...zeros]), P95) }
}

/** Calls by workspace model, in the workspace's order; the rest counted apart. */
function modelMix(
  aggregates: readonly DailyAggregate[],
  modelIds: readonly string[],
): Pick<ObservedStep, 'mix' | 'callsWithoutModel'> {
  const byModel = new Map<string, number>(modelIds.map((id) => [id, 0]))
  let callsWithoutModel = 0
  for (const row of aggregates) {
    const current = row.modelId === null ? undefined : byModel.get(row.modelId)
    if (current === undefined || row.modelId === null) callsWithoutModel += row.calls
    else byModel.set(row.modelId, current + row.calls)
  }
  const called = new Map([...byModel].filter(([, count]) => count > 0))
  return { mix: mixByCalls(called), callsWithoutModel }
}

/** Cache hits over the calls of the rows that report them; null when none does. */
export function responseCacheHitPct(aggregates: readonly DailyAggregate[]): number | null {
  let hits = 0
  let calls = 0
  for (const row of aggregates) {
    if (row.cacheHits === null) continue
    hits += row.cacheHits
    calls += row.calls
  }
  return calls > 0 ? (hits / calls) * 100 : null
}
