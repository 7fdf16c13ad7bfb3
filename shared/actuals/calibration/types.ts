/**
 * Calibration (DESIGN.md §9): what a window of actuals says each step of a feature really does,
 * beside what the plan says, so a person can pick which observed values the plan takes.
 */
import type { CalibrationChange } from './proposal'
import type { MixEntry } from '../../model/types'

/** The days a calibration reads, both included: 'YYYY-MM-DD'. */
export interface CalibrationWindow {
  from: string
  to: string
}

/** A planned mean and its P95 (which stands for the mean when the plan leaves it out, §2). */
export interface PlannedStat {
  mean: number
  p95: number
}

/**
 * An observed mean (exact, from the aggregates' sums) and its nearest-rank P95 (from the sample
 * histograms); `p95` is null when the source gave no per-unit or per-call values to rank.
 */
export interface ObservedStat {
  mean: number
  p95: number | null
}

/** A step as the plan has it, defaults filled in. Token counts are per call. */
export interface PlannedStep {
  callsPerUnit: PlannedStat
  /** All input of a call, its cached prefix included (§3 prices `in − pre` and `pre` apart). */
  inputTokens: PlannedStat
  outputTokens: PlannedStat
  reasoningTokens: PlannedStat
  cachedPrefixTokens: number
  /** The cached prefix's share of input; null when the step plans no input. */
  cachedSharePct: number | null
  mix: MixEntry[]
}

/** A step as the window's actuals show it. */
export interface ObservedStep {
  calls: number
  /** Over the feature's units, those without a call of this step counted as 0; null: no units. */
  callsPerUnit: ObservedStat | null
  /** All input per call: uncached, cached reads and cache writes; null (like the rest): no calls. */
  inputTokens: ObservedStat | null
  outputTokens: ObservedStat | null
  reasoningTokens: ObservedStat | null
  /** Cached input tokens read per call, what the plan's `cachedPrefixTokens` stands for. */
  cachedPrefixTokens: number | null
  /** Cached reads as a share of all input; null when the calls had no input. */
  cachedSharePct: number | null
  /** Shares of the calls on workspace models, to 0.1, summing to exactly 100; empty: none. */
  mix: MixEntry[]
  /** Calls whose model is no workspace model: left out of `mix`, shown so they are not lost. */
  callsWithoutModel: number
  /** Calls served from the response cache; null when the source does not report cache hits. */
  responseCacheHitPct: number | null
}

export interface StepCalibration {
  stepId: string
  planned: PlannedStep
  observed: ObservedStep
}

/** A step the actuals name but the workspace does not have ('' for rows that name no step). */
export interface UnknownStepCalibration {
  stepId: string
  observed: ObservedStep
}

export interface FeatureCalibration {
  featureId: string
  /** The feature's units in the window. */
  units: number
  /** Over all the feature's calls that report cache hits; planned: the feature's field. */
  responseCacheHitPct: { planned: number; observed: number | null }
  /** Every step of the workspace's feature, in its order, observed or not. */
  steps: StepCalibration[]
  unknownSteps: UnknownStepCalibration[]
}

/** A window's calibration as the Calibration page shows it: observations and what to take. */
export interface ActualsCalibration extends CalibrationWindow {
  features: FeatureCalibration[]
  changes: CalibrationChange[]
}
