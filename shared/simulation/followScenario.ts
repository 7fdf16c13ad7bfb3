/**
 * A range inherited into a scenario that changes its input. A range is stated against the
 * document that holds it (the baseline, or the scenario that sets it); when the scenario being run
 * — or a lever tried on top of it — moves that input, the range moves with it: each draw keeps its
 * proportion to the range's own document's value. "Compress input 30%" then shrinks the input
 * tokens' range with the tokens, instead of the range setting them back. Where the input is as in
 * the range's own document, a draw sets it exactly (§11's `set`).
 */
import type { PathKey } from '../model/copyOnWrite'
import { resolveOverridePath } from '../model/paths/overrideTargets'
import type { WorkspaceDoc } from '../model/types'
import { isRecord } from '../model/validation/access'

/** How a draw becomes the value written: `current + (draw − reference) · scale`. */
export interface Follow {
  reference: number
  current: number
  scale: number
}

/**
 * A target's keys with each list index replaced by the row's id (`featureId` for usage rows), so
 * the same field is found in a document whose lists hold other rows (a scenario's inserts).
 */
export function idKeyOf(doc: WorkspaceDoc, keys: readonly PathKey[]): string {
  let value: unknown = doc
  return keys
    .map((key) => {
      value =
        isRecord(value) || Array.isArray(value)
          ? (value as Record<PathKey, unknown>)[key]
          : undefined
      if (typeof key !== 'number' || !isRecord(value)) return String(key)
      const id = value.id ?? value.featureId
      return typeof id === 'string' ? `#${id}` : String(key)
    })
    .join('/')
}

/** The value each field a path names stands for now, by its id key. */
export function fieldValues(doc: WorkspaceDoc, path: string): Map<string, number> {
  const values = new Map<string, number>()
  const resolution = resolveOverridePath(doc, path)
  if ('error' in resolution) return values
  for (const target of resolution.targets) {
    if (target.type === 'field') values.set(idKeyOf(doc, target.keys), target.current)
  }
  return values
}

/**
 * How draws follow the input from `reference` (its value in the range's own document) to `current`
 * (its value in the scenario run); undefined when they are the same, or the range's document lacks
 * the field: a draw is then set as it is.
 */
export function followOf(
  reference: number | undefined,
  current: number | undefined,
): Follow | undefined {
  if (reference === undefined || current === undefined || reference === current) return undefined
  return { reference, current, scale: reference === 0 ? 1 : current / reference }
}

export const followed = (draw: number, follow: Follow | undefined): number =>
  follow === undefined ? draw : follow.current + (draw - follow.reference) * follow.scale
