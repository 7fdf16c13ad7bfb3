import type { ReferencedCollection } from './schemaTypes'
import { REFERENCE_NOUNS } from './docSchema'
import { asArray, isRecord, stringField } from './access'

/** The ids each referenced collection holds, read defensively from unvalidated input. */
export type ReferenceIds = Readonly<Record<ReferencedCollection, ReadonlySet<string>>>

export function collectReferenceIds(doc: unknown): ReferenceIds {
  const root = isRecord(doc) ? doc : {}
  const idsOf = (collection: ReferencedCollection): ReadonlySet<string> => {
    const ids = new Set<string>()
    for (const item of asArray(root[collection])) {
      const id = stringField(item, 'id')
      if (id !== undefined) ids.add(id)
    }
    return ids
  }
  const collections = Object.keys(REFERENCE_NOUNS) as ReferencedCollection[]
  return Object.fromEntries(collections.map((c) => [c, idsOf(c)])) as Record<
    ReferencedCollection,
    ReadonlySet<string>
  >
}

/** Whether two documents hold the same ids in every referenced collection. */
export function sameIds(a: ReferenceIds, b: ReferenceIds): boolean {
  return (Object.keys(a) as ReferencedCollection[]).every(
    (collection) =>
      a[collection].size === b[collection].size &&
      [...a[collection]].every((id) => b[collection].has(id)),
  )
}
