/**
 * Daily aggregates (DESIGN.md §9) built one record at a time, so an import holds the day totals,
 * not the file: memory grows with days × features × steps × models × customers and the distinct
 * unit ids of a day, never with rows.
 */
import type { Resolution } from './resolveRecord'
import type {
  DailyAggregate,
  SampleCount,
  SampleMetric,
  UnmatchedCount,
  UsageRecord,
} from './types'

type Matched = Extract<Resolution, { matched: true }>

/**
 * A copy of text cut from a file that does not keep the file alive. V8 makes a long substring a
 * slice of its parent: a model name or a trace id kept from a parsed CSV chunk would otherwise
 * hold the whole chunk, and an import would come to hold the file. Concatenating flattens the
 * text into a string of its own; the slice then refers to that.
 */
const detached = (text: string): string => (' ' + text).slice(1)

/**
 * What was read where a feature should be, as the file keeps and the page shows it: any text a
 * log holds, cut to 500 characters, control characters as spaces, lone surrogates replaced.
 */
function shownValue(read: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const plain = read.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
  // Cut first: a cut may split a surrogate pair, which the next step then replaces.
  const short = plain.length > 500 ? `${plain.slice(0, 499)}…` : plain
  return short.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
}

/** Ids and names cannot hold control characters (validated text), so this never occurs in one. */
const SEP = '\u001f'

/**
 * Calibration reads P95s from value → count histograms. Exact counts of every distinct value would
 * grow with the rows of a day; three significant digits (exact below 1,000 tokens, within 0.5%
 * above) keep each day's histogram to a few thousand values however busy the day.
 */
export function sampleValue(value: number): number {
  if (value < 1_000) return Math.round(value)
  // The power of ten that leaves three digits, by exact steps: the CLI and the app's worker must
  // bucket a value alike, and engines' Math.log10 need not agree in the last bit.
  let magnitude = 1
  while (value >= 1_000 * magnitude) magnitude *= 10
  return Math.round(value / magnitude) * magnitude
}

const SAMPLE_METRICS: readonly SampleMetric[] = [
  'callsPerUnit',
  'inputTokens',
  'cachedInputTokens',
  'outputTokens',
  'reasoningTokens',
]

type StepHistograms = Record<SampleMetric, Map<number, number>>

function count(histogram: Map<number, number>, value: number, times: number): void {
  if (times > 0) histogram.set(value, (histogram.get(value) ?? 0) + times)
}

/** An aggregate's usage before anything is added: nothing counted, cost and cache hits unknown. */
export const NO_USAGE = {
  units: 0,
  calls: 0,
  inputTokens: 0,
  cachedInputTokens: 0,
  cacheWriteTokens: 0,
  outputTokens: 0,
  reasoningTokens: 0,
  batchCalls: 0,
  reportedCost: null,
  cacheHits: null,
} as const satisfies Omit<DailyAggregate, keyof AggregateKey>

type AggregateKey = Pick<
  DailyAggregate,
  'day' | 'featureId' | 'stepId' | 'modelId' | 'sourceModel' | 'customerId' | 'cohortId'
>

export interface Aggregated {
  aggregates: DailyAggregate[]
  samples: SampleCount[]
  unmatched: UnmatchedCount[]
}

export class UsageAggregator {
  private readonly aggregates = new Map<string, DailyAggregate>()
  /** Day + feature → the unit ids already counted that day. */
  private readonly unitsSeen = new Map<string, Set<string>>()
  /** Day + feature + step → unit id → the step's calls in that unit. */
  private readonly unitCalls = new Map<string, Map<string, number>>()
  /** Day + feature + step → metric → value → count: one lookup per record, not one per metric. */
  private readonly histograms = new Map<string, StepHistograms>()
  private readonly unmatched = new Map<string, UnmatchedCount>()

  add(record: UsageRecord, at: Matched): void {
    const aggregate = this.aggregateFor(record, at)
    aggregate.units += this.newUnits(record, at)
    aggregate.calls += record.calls
    aggregate.inputTokens += record.inputTokens
    aggregate.cachedInputTokens += record.cachedInputTokens
    aggregate.cacheWriteTokens += record.cacheWriteTokens
    aggregate.outputTokens += record.outputTokens
    aggregate.reasoningTokens += record.reasoningTokens
    if (record.batch === true) aggregate.batchCalls += record.calls
    if (record.reportedCost !== null) {
      aggregate.reportedCost = (aggregate.reportedCost ?? 0) + record.reportedCost
    }
    if (record.cacheHit !== undefined) {
      aggregate.cacheHits = (aggregate.cacheHits ?? 0) + (record.cacheHit ? record.calls : 0)
    }
    this.sample(record, at)
  }

  addUnmatched(record: UsageRecord, read: string): void {
    const value = shownValue(read)
    const key = record.day + SEP + value
    const entry = this.unmatched.get(key)
    const cost = record.reportedCost ?? 0
    if (entry) {
      entry.rows += 1
      entry.cost += cost
    } else {
      this.unmatched.set(key, { day: record.day, value: detached(value), rows: 1, cost })
    }
  }

  result(): Aggregated {
    this.flushUnitCalls()
    const samples: SampleCount[] = []
    for (const [key, histograms] of this.histograms) {
      const [day, featureId, stepId] = key.split(SEP) as [string, string, string]
      for (const metric of SAMPLE_METRICS) {
        for (const [value, count] of histograms[metric]) {
          samples.push({ day, featureId, stepId, metric, value, count })
        }
      }
    }
    return {
      aggregates: [...this.aggregates.values()],
      samples,
      unmatched: [...this.unmatched.values()],
    }
  }

  private aggregateFor(record: UsageRecord, at: Matched): DailyAggregate {
    const sourceModel = record.model ?? ''
    // Calls with a reported cost and calls without are kept apart: the latter are priced later.
    const key =
      record.day +
      SEP +
      at.featureId +
      SEP +
      at.stepId +
      SEP +
      sourceModel +
      SEP +
      at.customerId +
      (record.reportedCost === null ? '' : SEP + '$')
    let aggregate = this.aggregates.get(key)
    if (!aggregate) {
      aggregate = {
        day: detached(record.day),
        featureId: at.featureId,
        stepId: at.stepId,
        modelId: at.modelId,
        sourceModel: detached(sourceModel),
        customerId: detached(at.customerId),
        cohortId: at.cohortId,
        ...NO_USAGE,
      }
      this.aggregates.set(key, aggregate)
    }
    return aggregate
  }

  /** A unit counts once a day per feature, on the aggregate it was first seen on. */
  private newUnits(record: UsageRecord, at: Matched): number {
    if (at.unitId === null) return record.calls
    const key = record.day + SEP + at.featureId
    let seen = this.unitsSeen.get(key)
    if (!seen) this.unitsSeen.set(key, (seen = new Set()))
    if (seen.has(at.unitId)) return 0
    seen.add(detached(at.unitId))
    return 1
  }

  private sample(record: UsageRecord, at: Matched): void {
    const stepKey = record.day + SEP + at.featureId + SEP + at.stepId
    const histograms = this.histogramsOf(stepKey)
    if (at.unitId === null) {
      // Each call its own unit: one call per unit, as many times as it has calls.
      count(histograms.callsPerUnit, 1, record.calls)
    } else {
      let calls = this.unitCalls.get(stepKey)
      if (!calls) this.unitCalls.set(stepKey, (calls = new Map()))
      const before = calls.get(at.unitId)
      if (before === undefined) calls.set(detached(at.unitId), record.calls)
      else calls.set(at.unitId, before + record.calls)
    }
    // A response-cache hit makes no model call: its tokens say nothing of a call's size.
    const calls = record.calls
    if (record.cacheHit === true || calls === 0) return
    const totalInput = record.inputTokens + record.cachedInputTokens + record.cacheWriteTokens
    count(histograms.inputTokens, sampleValue(totalInput / calls), calls)
    count(histograms.cachedInputTokens, sampleValue(record.cachedInputTokens / calls), calls)
    count(histograms.outputTokens, sampleValue(record.outputTokens / calls), calls)
    count(histograms.reasoningTokens, sampleValue(record.reasoningTokens / calls), calls)
  }

  private histogramsOf(stepKey: string): StepHistograms {
    let histograms = this.histograms.get(stepKey)
    if (!histograms) {
      histograms = {
        callsPerUnit: new Map(),
        inputTokens: new Map(),
        cachedInputTokens: new Map(),
        outputTokens: new Map(),
        reasoningTokens: new Map(),
      }
      this.histograms.set(stepKey, histograms)
    }
    return histograms
  }

  private flushUnitCalls(): void {
    for (const [stepKey, calls] of this.unitCalls) {
      const histogram = this.histogramsOf(stepKey).callsPerUnit
      for (const unitCalls of calls.values()) count(histogram, sampleValue(unitCalls), 1)
    }
    this.unitCalls.clear()
  }
}
