/**
 * A catalog model brought into the workspace as part of one user action: the picker's answer,
 * the insert that copies it in (unless the workspace has it already), and the action's own edits,
 * committed together as one batch and one undo step.
 */
import type { Edit } from '../../../shared/model/editTypes'
import type { Model } from '../../../shared/model/types'
import { asJson } from '../json'
import { catalogModelIn } from '../../../shared/catalog/fromCatalog'
import { commitOrExplain } from '../grids/rowActions'
import { useWorkspace } from '../store/workspaceStore'
import { pickCatalogModel, type PickRequest } from './pickerStore'

/**
 * Asks for a model; `then` turns its workspace id into the action's own edits. Resolves to the
 * model's id once all is committed, else null (closed picker, or refused edits, explained).
 */
export async function pickIntoWorkspace(
  request: PickRequest,
  label: (modelName: string) => string,
  then: (modelId: string) => Edit[],
  /** The model typed by hand that the picker's `blankLabel` button offers instead. */
  blank?: (models: readonly Model[]) => Model,
): Promise<string | null> {
  const picked = await pickCatalogModel(request)
  const doc = useWorkspace.getState().doc
  if (picked === null || doc === null) return null
  const chosen =
    picked !== 'blank'
      ? { ...catalogModelIn(doc.models, picked), name: picked.sourceId }
      : blank && blankIn(blank(doc.models))
  if (!chosen) return null
  const { id, edits, name } = chosen
  const batch = [...edits, ...then(id)]
  if (batch.length === 0) return id
  return commitOrExplain(label(name), batch) ? id : null
}

function blankIn(model: Model): { id: string; edits: Edit[]; name: string } {
  return {
    id: model.id,
    name: model.name,
    edits: [{ op: 'insert', path: 'models', value: asJson(model) }],
  }
}
