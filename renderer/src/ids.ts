/** Ids and names for new and duplicated entities: readable, and unique among their siblings. */
import { firstFree, uniqueId } from '../../shared/model/freeNames'
import { slugify } from '../../shared/report/fileNames'

/** "New feature", else "New feature 2", … */
function uniqueName(base: string, taken: Iterable<string>): string {
  return firstFree(taken, (n) => (n === 1 ? base : `${base} ${n}`))
}

/** The name and id of a new entity: "New feature 2" / "new-feature-2", both free among its siblings. */
export function newIdentity(
  baseName: string,
  siblings: readonly { id: string; name: string }[],
): { id: string; name: string } {
  const name = uniqueName(
    baseName,
    siblings.map((s) => s.name),
  )
  const id = uniqueId(
    slugify(name),
    siblings.map((s) => s.id),
  )
  return { id, name }
}

/** "Chat (copy)", else "Chat (copy 2)", … */
function copyName(name: string, taken: Iterable<string>): string {
  return firstFree(taken, (n) => (n === 1 ? `${name} (copy)` : `${name} (copy ${n})`))
}

/**
 * A duplicate of an entity under a new id and name. A model's copy ("GPT-4o (negotiated)") is the
 * user's own: it loses the price source's id, so a refresh never overwrites its prices.
 */
export function duplicateOf<T extends { id: string; name: string; sourceId?: string }>(
  original: T,
  siblings: readonly T[],
): T {
  const { sourceId: _linked, ...copy } = structuredClone(original)
  return {
    ...(copy as T),
    id: uniqueId(
      `${original.id}-copy`,
      siblings.map((s) => s.id),
    ),
    name: copyName(
      original.name,
      siblings.map((s) => s.name),
    ),
  }
}
