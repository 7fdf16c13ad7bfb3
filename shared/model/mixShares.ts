/**
 * Changing one model's share of a step's mix while keeping the mix at 100 (DESIGN.md §4): the
 * other shares are rescaled proportionally. Scenario overrides use it; a cascade delete can too.
 */
import type { MixEntry } from './types'

export function withMixShare(
  mix: readonly MixEntry[],
  modelId: string,
  sharePct: number,
): { mix: MixEntry[] } | { error: string } {
  if (!(sharePct >= 0 && sharePct <= 100)) {
    return { error: `share ${sharePct} of model "${modelId}" is outside 0..100` }
  }
  const remaining = 100 - sharePct
  let othersTotal = 0
  for (const entry of mix) if (entry.modelId !== modelId) othersTotal += entry.sharePct
  if (remaining > 0 && !(othersTotal > 0)) {
    return {
      error: `share ${sharePct} of model "${modelId}" leaves no other share to rescale to 100`,
    }
  }
  // Clamped to `remaining`: float64 can overshoot it by an ulp (85.71 · 100 / 85.71), and a share
  // above 100 would make the scenario's document invalid.
  const rescaled = (share: number): number =>
    remaining === 0 ? 0 : Math.min(remaining, (share * remaining) / othersTotal)
  const next = mix.map((entry) =>
    entry.modelId === modelId
      ? { ...entry, sharePct }
      : { ...entry, sharePct: rescaled(entry.sharePct) },
  )
  if (!mix.some((entry) => entry.modelId === modelId)) next.push({ modelId, sharePct })
  return { mix: next }
}
