/**
 * A scenario's overrides that make a step's mix exactly `mix`. An override sets one model's share
 * and rescales all the others (§4), so setting each target share in turn would disturb the ones
 * set before. Instead: the largest share's model first takes 100 (every other share, planned
 * models the actuals never saw included, drops to 0), then each other model is set to its share of
 * what the models set after it leave: `100 · t / (100 − Σ t of the later ones)`. Each later set
 * scales the earlier ones by `(100 − Σ t from it on) / (100 − Σ t after it)`; the product
 * telescopes, and every model ends at its target. A model not yet in the mix is added by its set.
 */
import { paths } from '../../model/paths/build'
import type { MixEntry, ValueOverride } from '../../model/types'

export function mixOverrides(
  featureId: string,
  stepId: string,
  mix: readonly MixEntry[],
): ValueOverride[] {
  const [first, ...rest] = mix
    .filter((entry) => entry.sharePct > 0)
    .sort((a, b) => b.sharePct - a.sharePct)
  if (first === undefined) return []
  const set = (modelId: string, value: number): ValueOverride => ({
    path: paths.mixShare(featureId, stepId, modelId),
    op: 'set',
    value,
  })
  const values: number[] = []
  let later = 0
  for (let index = rest.length - 1; index >= 0; index--) {
    const share = rest[index]?.sharePct ?? 0
    values[index] = (100 * share) / (100 - later)
    later += share
  }
  return [
    set(first.modelId, 100),
    ...rest.map((entry, index) => set(entry.modelId, values[index] ?? 0)),
  ]
}
