/**
 * Self-host against API cost by monthly volume (the "cost against monthly volume" chart): the API
 * line at month 0's blended price per token and the self-host staircase of the option's replica
 * steps, with the crossover volume of DESIGN.md §3 — the same functions the month-by-month
 * comparison uses, so the chart and `compute` agree.
 */
import { scenarioOverrides } from '../model/overrides'
import type { WorkspaceDoc } from '../model/types'
import { compileDoc } from './compiledDoc'
import { monthLedger } from './monthLedger'
import { docAtMonth } from './monthResult'
import { monthlyDemand } from './selfHost'
import { crossoverVolume, replicaCapacity, selfHostCostOf } from './selfHostCost'

export interface VolumePoint {
  tokens: number
  apiCost: number
  selfHostCost: number
  replicas: number
}

export interface SelfHostVolumeCurve {
  /** In increasing token order; empty when month 0 sends no tokens to the replaced models. */
  points: VolumePoint[]
  crossoverMonthlyTokens: number | null
  crossoverMonthlyApiSpend: number | null
}

export interface SelfHostCurveOptions {
  /** Null or absent: the baseline. */
  scenarioId?: string | null
  /** Evenly spaced samples (replica steps, the crossover and month 0's volume come on top). */
  points?: number
}

export const DEFAULT_CURVE_POINTS = 50
/** The chart runs this far past the larger of the crossover and month 0's volume. */
const RANGE_FACTOR = 2.5
/** More steps than this are too fine to see as steps: the even samples show the trend. */
const MAX_DRAWN_STEPS = 200
/** "Just after" a replica step, relative to the step's volume. */
const STEP_NUDGE = 1e-9

/** Throws on an unknown option or scenario, or overrides that do not apply. */
export function selfHostVolumeCurve(
  doc: WorkspaceDoc,
  optionId: string,
  options: SelfHostCurveOptions = {},
): SelfHostVolumeCurve {
  const samples = options.points ?? DEFAULT_CURVE_POINTS
  if (!Number.isInteger(samples) || samples < 2) {
    throw new Error(`points must be a whole number of at least 2, got ${samples}`)
  }
  const compiled = compileDoc(
    docAtMonth(doc, scenarioOverrides(doc, options.scenarioId ?? null), 0),
  )
  const option = compiled.selfHost.find((candidate) => candidate.id === optionId)
  if (!option) throw new Error(`no self-host option "${optionId}"`)
  const { tokens, apiCost } = monthlyDemand(compiled, monthLedger(compiled, 0), option)
  if (tokens === 0)
    return { points: [], crossoverMonthlyTokens: null, crossoverMonthlyApiSpend: null }

  const pricePerToken = apiCost / tokens
  const crossover = crossoverVolume(option, pricePerToken)
  const end = RANGE_FACTOR * Math.max(crossover ?? 0, tokens)
  const volumes = [tokens, ...(crossover === null ? [] : [crossover])]
  for (let i = 0; i < samples; i++) volumes.push((end * i) / (samples - 1))

  // Replicas go from r to r + 1 just above r·capacity, for r from minReplicas on.
  const capacity = replicaCapacity(option)
  const firstStep = Math.max(1, option.minReplicas)
  const steps = Math.ceil(end / capacity) - firstStep
  if (steps <= MAX_DRAWN_STEPS) {
    for (let r = firstStep; r * capacity < end; r++) {
      volumes.push(r * capacity, r * capacity * (1 + STEP_NUDGE))
    }
  }
  const points = [...new Set(volumes)]
    .sort((a, b) => a - b)
    .map((volume): VolumePoint => {
      const { replicas, cost } = selfHostCostOf(option, volume)
      return { tokens: volume, apiCost: volume * pricePerToken, selfHostCost: cost, replicas }
    })
  return {
    points,
    crossoverMonthlyTokens: crossover,
    crossoverMonthlyApiSpend: crossover === null ? null : crossover * pricePerToken,
  }
}
