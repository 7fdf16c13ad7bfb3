/**
 * One draw's values written into one entity: a copy-on-write draft of the entity (not of the
 * document), so only the objects along the written paths are copied. Each write does what a `set`
 * override on its path does (shared/model/overrides.ts), so the entity equals the one the override
 * would leave in the document.
 */
import { CopyOnWriteDraft, type PathKey } from '../model/copyOnWrite'
import { rescaledMix } from '../model/overrides'
import type { MixEntry, Range } from '../model/types'
import { clampTo } from './fieldBounds'
import { followed } from './followScenario'
import { rangeError, type EntityWrite } from './rangeWrites'

function valueAt(root: object, keys: readonly PathKey[]): unknown {
  let value: unknown = root
  for (const key of keys) value = (value as Record<PathKey, unknown>)[key]
  return value
}

function write(
  draft: CopyOnWriteDraft<object>,
  entry: EntityWrite,
  value: number,
  range: Range,
): void {
  if (entry.kind === 'mix') {
    const mix = valueAt(draft.root, entry.keys) as MixEntry[]
    const rescaled = rescaledMix(mix, entry.modelId, 'set', value)
    if (typeof rescaled === 'string') throw rangeError(range, rescaled)
    if (rescaled) draft.set(entry.keys, rescaled)
    return
  }
  draft.set(entry.keys, value)
}

/**
 * `entity` with `writes` applied at `values` (one per range, in the run's range order), each value
 * clamped to its field's bounds; `entity` itself is left as it is. Throws, naming the range, when
 * a share cannot be set (no other share left to rescale).
 */
export function writtenEntity<T extends object>(
  entity: T,
  writes: readonly EntityWrite[],
  values: Float64Array,
  ranges: readonly Range[],
): T {
  const draft = new CopyOnWriteDraft<object>(entity)
  for (const entry of writes) {
    const value =
      entry.kind === 'field' ? followed(values[entry.range]!, entry.follow) : values[entry.range]!
    write(draft, entry, clampTo(value, entry.interval), ranges[entry.range]!)
  }
  return draft.root as T
}
