/**
 * A renamed row whose id followed its new name (shared/model/renameId.ts) is still the row the
 * person had selected: the selection moves to its new id instead of falling back to the first row.
 */
import type { MovedId } from '../../../shared/model/renameId'
import { useNavigation, type SelectionKind } from './navigation'

/** Which selection holds a row of each list. */
const KIND_OF_COLLECTION: Readonly<Record<string, SelectionKind>> = {
  models: 'model',
  features: 'feature',
  steps: 'step',
  components: 'component',
  plans: 'plan',
  cohorts: 'cohort',
  selfHost: 'selfHost',
}

export function followRenames(moved: readonly MovedId[]): void {
  const { selection, select } = useNavigation.getState()
  for (const { collection, oldId, newId } of moved) {
    const kind = KIND_OF_COLLECTION[collection]
    if (kind !== undefined && selection[kind] === oldId) select(kind, newId)
  }
}
