/**
 * The margin improvement backlog (DESIGN.md §12): levers proposed from the workspace, each a set
 * of overrides, evaluated through the engine against the active scenario.
 */
import type { Override } from '../model/types'

export type LeverKind =
  | 'route-cheaper-model'
  | 'response-cache'
  | 'prompt-cache'
  | 'batch'
  | 'compress-input'
  | 'cap-output'
  | 'price-to-floor'
  | 'add-overage'
  | 'self-host'

/**
 * What the evaluator needs of a change: a proposed lever, or a backlog item the team kept (whose
 * overrides may no longer apply to the workspace as it is now).
 */
export interface OverrideChange {
  id: string
  overrides: readonly Override[]
  /** The features it changes; without them, the features whose results it changes. */
  featureIds?: readonly string[]
  /** What it costs once (USD), when the change itself knows; `oneOffCosts` entries win. */
  oneOffCost?: number
}

/** A candidate change, in words and as overrides on top of the active scenario. */
export interface Lever extends OverrideChange {
  /** Stable across runs for the same workspace: `route:complex/loop:gpt-4o>gpt-4o-mini:50`. */
  id: string
  kind: LeverKind
  /** `Route 50% of Complex tickets · loop from GPT-4o to GPT-4o mini`. */
  title: string
  /** What it assumes, in one sentence. */
  detail: string
  overrides: Override[]
  /** Changes routing or output length: check answer quality before shipping. */
  needsQualityCheck: boolean
  /** The features it changes (ids). */
  featureIds: string[]
}

export interface FeatureDelta {
  id: string
  marginBefore: number | null
  marginAfter: number | null
  /** Points; null when either margin is. */
  deltaPts: number | null
}

export interface LeverEvaluation<C extends OverrideChange = Lever> {
  lever: C
  /** Σ over months t..t+2 of gross profit with the lever − without (USD). */
  deltaGrossProfitQuarter: number
  /** Portfolio margin at month t with the lever − without (points); null without revenue. */
  deltaMarginPts: number | null
  /** Each feature the lever touches, at month t. */
  features: FeatureDelta[]
  /** Months of the lever's monthly gain to pay back its one-off cost; null without one. */
  paybackMonths: number | null
  /**
   * Why the lever could not be evaluated (its overrides no longer apply to the workspace); the
   * figures above are then 0 / null and the lever ranks last.
   */
  error?: string
}
