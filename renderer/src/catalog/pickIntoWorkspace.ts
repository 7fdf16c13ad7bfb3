/**
 * A catalog model brought into the workspace as part of one user action: the picker's answer,
 * the insert that copies it in (unless the workspace has it already), and the action's own edits,
 * committed together as one batch and one undo step. While a scenario is active the batch becomes
 * that scenario's overrides (DESIGN.md §4a: the model and the step that calls it are added there).
 */
import type { Edit } from '../../../shared/model/editTypes'
import type { Model } from '../../../shared/model/types'
import type { CatalogModel } from '../../../shared/catalog/priceBook'
import { asJson } from '../json'
import { catalogModelIn } from '../../../shared/catalog/fromCatalog'
import { commitModelEdits } from '../grids/rowActions'
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
  const { doc, view, activeScenarioId } = useWorkspace.getState()
  if (picked === null || doc === null) return null
  // The models the person sees: in a scenario, with those it added or removed.
  const models = (view?.viewDoc ?? doc).models
  const inScenario = activeScenarioId !== null
  const chosen =
    picked !== 'blank' ? fromCatalog(models, picked, inScenario) : blank && blankIn(blank(models))
  if (!chosen) return null
  const { id, edits, name } = chosen
  const batch = [...edits, ...then(id)]
  if (batch.length === 0) return id
  return commitModelEdits(label(name), batch) ? id : null
}

function fromCatalog(
  models: readonly Model[],
  picked: CatalogModel,
  inScenario: boolean,
): { id: string; edits: Edit[]; name: string } {
  // Linking a hand-typed model to its source is the baseline's to do: a scenario changes
  // numbers and rows, not where prices come from. The scenario uses the model as it is.
  const { id, edits } = catalogModelIn(models, picked, { link: !inScenario })
  return { id, edits, name: picked.sourceId }
}

function blankIn(model: Model): { id: string; edits: Edit[]; name: string } {
  return {
    id: model.id,
    name: model.name,
    edits: [{ op: 'insert', path: 'models', value: asJson(model) }],
  }
}
