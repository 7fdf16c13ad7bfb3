/**
 * A step's model mix being edited. Shares must sum to 100 for the document to be valid, so edits
 * gather in a draft and the whole mix is committed at once when it adds up.
 */
import type { MixEntry } from '../../../../shared/model/types'

/** DESIGN.md §2: shares sum to 100 within ±0.01, plus float noise, as the validator (mixSum.ts). */
const TOLERANCE = 0.01 + 1e-9

export function mixTotal(mix: readonly MixEntry[]): number {
  return mix.reduce((sum, entry) => sum + entry.sharePct, 0)
}

export function isComplete(mix: readonly MixEntry[]): boolean {
  return Math.abs(mixTotal(mix) - 100) <= TOLERANCE
}

export function setShare(mix: readonly MixEntry[], index: number, sharePct: number): MixEntry[] {
  return mix.map((entry, i) => (i === index ? { ...entry, sharePct } : entry))
}

export function setModel(mix: readonly MixEntry[], index: number, modelId: string): MixEntry[] {
  return mix.map((entry, i) => (i === index ? { ...entry, modelId } : entry))
}

/** A model not yet in the mix joins with a 0% share (the mix still sums to what it did). */
export function addModel(mix: readonly MixEntry[], modelIds: readonly string[]): MixEntry[] | null {
  const used = new Set(mix.map((entry) => entry.modelId))
  const next = modelIds.find((id) => !used.has(id))
  return next === undefined ? null : [...mix, { modelId: next, sharePct: 0 }]
}

export function removeEntry(mix: readonly MixEntry[], index: number): MixEntry[] {
  return mix.filter((_, i) => i !== index)
}

/** What the footer says about the running total. */
export function describeTotal(mix: readonly MixEntry[]): string {
  const total = mixTotal(mix)
  if (isComplete(mix)) return 'Shares sum to 100%'
  const gap = 100 - total
  const rounded = Math.round(Math.abs(gap) * 100) / 100
  return gap > 0 ? `${rounded}% left to assign` : `${rounded}% over 100%`
}
