/**
 * A renamed row whose id followed its new name (shared/model/renameId.ts) is still the row the
 * person had selected: the selection moves to its new id instead of falling back to the first row.
 */
import type { Edit } from '../../../shared/model/editTypes'
import { lastSegment, parentPath } from '../../../shared/model/paths/build'
import { useNavigation, type Selection, type SelectionKind } from './navigation'

/** Old id → new id, read from a commit's edits: a name typed at one path, set at another. */
export function renamedIds(
  typedNamePaths: readonly string[],
  edits: readonly Edit[],
): Map<string, string> {
  const renamed = new Map<string, string>()
  const nameSets = edits.filter((edit) => edit.op === 'set' && lastSegment(edit.path) === 'name')
  for (const typed of typedNamePaths) {
    const oldEntity = parentPath(typed)
    const moved = nameSets.find(
      (edit) =>
        parentPath(parentPath(edit.path)) === parentPath(oldEntity) &&
        parentPath(edit.path) !== oldEntity,
    )
    if (moved) renamed.set(lastSegment(oldEntity), lastSegment(parentPath(moved.path)))
  }
  return renamed
}

export function followRenames(typedNamePaths: readonly string[], edits: readonly Edit[]): void {
  const renamed = renamedIds(typedNamePaths, edits)
  if (renamed.size === 0) return
  const { selection, select } = useNavigation.getState()
  for (const [kind, id] of Object.entries(selection) as [
    SelectionKind,
    Selection[SelectionKind],
  ][]) {
    const next = id === undefined ? undefined : renamed.get(id)
    if (next !== undefined) select(kind, next)
  }
}
