/**
 * A calibration proposal (§9): the plan's values the window's actuals would change, each with its
 * planned and observed value, for the person to pick from. Observed values are rounded as the
 * plan is written (tokens whole, calls per unit to 0.01, percents to 0.1), and only those that
 * differ from the plan are proposed.
 */
import type { MixEntry } from '../../model/types'
import type { FeatureCalibration, ObservedStep, PlannedStep } from './types'

/** The step fields calibration sets. */
export type CalibratedStepField =
  | 'callsPerUnit'
  | 'callsPerUnitP95'
  | 'inputTokens'
  | 'inputTokensP95'
  | 'outputTokens'
  | 'outputTokensP95'
  | 'reasoningTokens'
  | 'reasoningTokensP95'
  | 'cachedPrefixTokens'

export type CalibrationChange =
  | {
      featureId: string
      stepId: string
      field: CalibratedStepField
      planned: number
      observed: number
    }
  | { featureId: string; stepId: string; field: 'mix'; planned: MixEntry[]; observed: MixEntry[] }
  | { featureId: string; field: 'responseCacheHitPct'; planned: number; observed: number }

const roundTo =
  (decimals: number) =>
  (value: number): number =>
    Math.round(value * 10 ** decimals) / 10 ** decimals
const wholeTokens = roundTo(0)
const callsPerUnit = roundTo(2)
const percent = roundTo(1)

interface StepFieldRule {
  field: CalibratedStepField
  planned: (step: PlannedStep) => number
  observed: (step: ObservedStep) => number | null | undefined
  round: (value: number) => number
}

/** A field planned and observed as a mean and a P95: two rules, `<stat>` and `<stat>P95`. */
type Stat = 'callsPerUnit' | 'inputTokens' | 'outputTokens' | 'reasoningTokens'

const meanAndP95 = (stat: Stat, round: (value: number) => number): StepFieldRule[] => [
  { field: stat, planned: (p) => p[stat].mean, observed: (o) => o[stat]?.mean, round },
  { field: `${stat}P95`, planned: (p) => p[stat].p95, observed: (o) => o[stat]?.p95, round },
]

const STEP_FIELDS: readonly StepFieldRule[] = [
  ...meanAndP95('callsPerUnit', callsPerUnit),
  ...meanAndP95('inputTokens', wholeTokens),
  ...meanAndP95('outputTokens', wholeTokens),
  ...meanAndP95('reasoningTokens', wholeTokens),
  {
    field: 'cachedPrefixTokens',
    planned: (p) => p.cachedPrefixTokens,
    observed: (o) => o.cachedPrefixTokens,
    round: wholeTokens,
  },
]

export function calibrationProposal(
  calibrations: readonly FeatureCalibration[],
): CalibrationChange[] {
  return calibrations.flatMap((feature) => {
    const changes: CalibrationChange[] = []
    const { featureId } = feature
    for (const { stepId, planned, observed } of feature.steps) {
      for (const rule of STEP_FIELDS) {
        const value = rule.observed(observed)
        if (value === null || value === undefined) continue
        const rounded = rule.round(value)
        const plannedValue = rule.planned(planned)
        if (rounded !== plannedValue) {
          changes.push({
            featureId,
            stepId,
            field: rule.field,
            planned: plannedValue,
            observed: rounded,
          })
        }
      }
      // A model with a share that rounds to 0.0 (a handful of calls) adds nothing to the mix.
      const mix = observed.mix.filter((entry) => entry.sharePct > 0)
      if (mix.length > 0 && !sameMix(planned.mix, mix)) {
        changes.push({ featureId, stepId, field: 'mix', planned: planned.mix, observed: mix })
      }
    }
    const hits = feature.responseCacheHitPct
    if (hits.observed !== null && percent(hits.observed) !== hits.planned) {
      changes.push({
        featureId,
        field: 'responseCacheHitPct',
        planned: hits.planned,
        observed: percent(hits.observed),
      })
    }
    return changes
  })
}

/** The same share per model, whatever the order; a 0 share is the same as no entry. */
function sameMix(a: readonly MixEntry[], b: readonly MixEntry[]): boolean {
  const shares = (mix: readonly MixEntry[]): string =>
    JSON.stringify(
      mix
        .filter((entry) => entry.sharePct > 0)
        .map((entry): [string, number] => [entry.modelId, entry.sharePct])
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    )
  return shares(a) === shares(b)
}
