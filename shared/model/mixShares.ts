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
  const next = mix.map((entry) =>
    entry.modelId === modelId
      ? { ...entry, sharePct }
      : { ...entry, sharePct: remaining === 0 ? 0 : (entry.sharePct * remaining) / othersTotal },
  )
  if (!mix.some((entry) => entry.modelId === modelId)) next.push({ modelId, sharePct })
  return { mix: next }
}
