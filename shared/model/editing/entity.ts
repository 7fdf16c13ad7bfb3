import type { PathKey } from '../copyOnWrite'
import { keysOf, lastStep, type Location } from '../paths/walk'

/** A list item or map entry an edit path names, with the collection that holds it. */
export interface EntityAt {
  /** The collection's field name: `models`, `steps`, `mix`, `includedUnits`, … */
  collection: string
  /** True for the workspace's own collections (`features`), false for nested ones (`steps`). */
  topLevel: boolean
  keys: PathKey[]
  value: unknown
}

export function entityAt(location: Location): EntityAt | undefined {
  const step = lastStep(location)
  const holder = location.steps[location.steps.length - 2]
  if (step.kind === 'field' || holder?.kind !== 'field') return undefined
  return {
    collection: holder.name,
    topLevel: location.steps.length === 2,
    keys: keysOf(location.steps),
    value: location.value,
  }
}
