import type { WorkspaceDoc } from '../../../shared/model/types'

type Collection = 'models' | 'features' | 'plans' | 'cohorts' | 'selfHost' | 'scenarios'
const collections: readonly Collection[] = [
  'models',
  'features',
  'plans',
  'cohorts',
  'selfHost',
  'scenarios',
]

/**
 * The two documents cut down to the entities an edit touched, for writing only what changed.
 *
 * Edits are copy-on-write: an entity the edit did not touch is the very same object in both
 * documents. An entity at the same index that is the same object gives the same rows (its
 * position is its index), so it is left out of both. The rest stay at their indexes in SPARSE
 * arrays: the table builders' `map`/`flatMap` skip the holes and still see each entity's index,
 * which is its position column. A 2,000-feature workspace then diffs one feature's rows per edit.
 */
export function changedEntities(
  before: WorkspaceDoc,
  after: WorkspaceDoc,
): { before: WorkspaceDoc; after: WorkspaceDoc } {
  const cutBefore = { ...before }
  const cutAfter = { ...after }
  for (const name of collections) {
    const [b, a] = changedAtSameIndex<unknown>(before[name], after[name])
    Object.assign(cutBefore, { [name]: b })
    Object.assign(cutAfter, { [name]: a })
  }
  return { before: cutBefore, after: cutAfter }
}

function changedAtSameIndex<T>(before: readonly T[], after: readonly T[]): [T[], T[]] {
  const b: T[] = new Array<T>(before.length)
  const a: T[] = new Array<T>(after.length)
  const length = Math.max(before.length, after.length)
  for (let index = 0; index < length; index++) {
    if (index < before.length && index < after.length && before[index] === after[index]) continue
    if (index < before.length) b[index] = before[index] as T
    if (index < after.length) a[index] = after[index] as T
  }
  return [b, a]
}
