/**
 * Bringing a catalog model into a workspace (DESIGN.md §8): a copy with its whole price history,
 * keeping `sourceId` and `provider` so later refreshes find it. A model the workspace already has
 * from the same source is not copied twice; one typed by hand under the same id is linked.
 */
import type { Edit } from '../model/editTypes'
import { asJson } from '../model/editing/json'
import type { Model } from '../model/types'
import { workspaceModelId, workspaceModelOf } from './catalogIds'
import type { CatalogModel } from './priceBook'
import { paths } from '../model/paths/build'

export interface CatalogModelInWorkspace {
  /** The workspace id the model has, or will have once `edits` are applied. */
  id: string
  /** The insert that brings it in; empty when the workspace has it already. */
  edits: Edit[]
}

/**
 * `link: false` uses a hand-typed copy as it is, without linking it to its source (a scenario
 * changes numbers and rows, not where prices come from).
 */
export function catalogModelIn(
  models: readonly Model[],
  source: CatalogModel,
  { link = true }: { link?: boolean } = {},
): CatalogModelInWorkspace {
  const existing = workspaceModelOf(models, source)
  if (existing) {
    // A hand-typed copy is linked; its prices are a refresh's to update, with a preview.
    const linkEdit: Edit = {
      op: 'set',
      path: paths.model(existing.id, 'sourceId'),
      value: source.sourceId,
    }
    return { id: existing.id, edits: link && existing.sourceId === undefined ? [linkEdit] : [] }
  }
  const model: Model = { ...structuredClone(source), id: workspaceModelId(source, models) }
  return { id: model.id, edits: [{ op: 'insert', path: 'models', value: asJson(model) }] }
}
