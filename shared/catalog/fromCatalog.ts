/**
 * Bringing a catalog model into a workspace (DESIGN.md §8): a copy with its whole price history,
 * keeping `sourceId` and `provider` so later refreshes find it. A model the workspace already has
 * from the same source is not copied twice.
 */
import type { Edit } from '../model/editTypes'
import { asJson } from '../model/editing/json'
import type { Model } from '../model/types'
import { isSameSourceModel, workspaceModelId } from './catalogIds'
import type { CatalogModel } from './priceBook'

export interface CatalogModelInWorkspace {
  /** The workspace id the model has, or will have once `edits` are applied. */
  id: string
  /** The insert that brings it in; empty when the workspace has it already. */
  edits: Edit[]
}

export function catalogModelIn(
  models: readonly Model[],
  source: CatalogModel,
): CatalogModelInWorkspace {
  const existing = models.find((model) => isSameSourceModel(model, source))
  if (existing) return { id: existing.id, edits: [] }
  const model: Model = { ...structuredClone(source), id: workspaceModelId(source, models) }
  return { id: model.id, edits: [{ op: 'insert', path: 'models', value: asJson(model) }] }
}
