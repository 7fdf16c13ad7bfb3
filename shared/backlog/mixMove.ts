/**
 * "Move X points of a step's calls from model A to model B, every other share unchanged", in the
 * only words §4 has for a mix: setting one model's share, which rescales all the others
 * proportionally. One set suffices when A and B are the whole mix; otherwise the proportional
 * rescale would also take share from the other models, so the move takes two sets.
 */
import type { MixEntry } from '../model/types'

/** One `set` of a model's share, in the order the overrides must apply. */
export interface ShareSetting {
  modelId: string
  sharePct: number
}

const shareOf = (mix: readonly MixEntry[], modelId: string): number =>
  mix.find((entry) => entry.modelId === modelId)?.sharePct ?? 0

/**
 * The share settings that leave `to` at b + X and `from` at a − X. With other models C (total c)
 * in the mix: first set B to β, which scales A and C by (100 − β)/(100 − b); then set A to a − X,
 * which scales B and C by the same factor, (100 − a + X)/(β + C₁). Both C and B come back where
 * they should be when β/C₁ = (b + X)/c, that is β = 100·(b + X)/(100 + X).
 */
export function shareMove(
  mix: readonly MixEntry[],
  from: string,
  to: string,
  points: number,
): ShareSetting[] {
  const a = shareOf(mix, from)
  const b = shareOf(mix, to)
  const othersTotal = mix.reduce(
    (sum, entry) => (entry.modelId === from || entry.modelId === to ? sum : sum + entry.sharePct),
    0,
  )
  // A mix may sum to 100 ± 0.01 (§2): moving all of 66.67 onto 33.34 asks for 100 at most.
  if (othersTotal === 0) return [{ modelId: to, sharePct: Math.min(100, b + points) }]
  return [
    { modelId: to, sharePct: (100 * (b + points)) / (100 + points) },
    { modelId: from, sharePct: a - points },
  ]
}

/** The mix the move intends: `points` taken from `from` and given to `to`, the rest as it was. */
export function movedMix(
  mix: readonly MixEntry[],
  from: string,
  to: string,
  points: number,
): MixEntry[] {
  const moved = mix.map((entry) => {
    if (entry.modelId === from) return { ...entry, sharePct: entry.sharePct - points }
    if (entry.modelId === to) return { ...entry, sharePct: entry.sharePct + points }
    return entry
  })
  if (!mix.some((entry) => entry.modelId === to)) moved.push({ modelId: to, sharePct: points })
  return moved
}
