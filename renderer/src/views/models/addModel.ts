/**
 * "+ Add model": the catalog first (the model comes with its price history), or a blank model to
 * type by hand (a private or self-hosted one). One insert, one undo step.
 */
import { catalogModelIn } from '../../../../shared/catalog/fromCatalog'
import type { Edit } from '../../../../shared/model/editTypes'
import type { Model } from '../../../../shared/model/types'
import { todayIso } from '../../../../shared/today'
import { pickCatalogModel } from '../../catalog/pickerStore'
import { commitOrExplain } from '../../grids/rowActions'
import { newIdentity } from '../../ids'
import { asJson } from '../../json'
import { useWorkspace } from '../../store/workspaceStore'

function blankModel(models: readonly Model[]): Model {
  return {
    ...newIdentity('New model', models),
    provider: 'custom',
    kind: 'api',
    prices: [{ from: todayIso(), inputPerMTok: 0, outputPerMTok: 0 }],
  }
}

interface Addition {
  id: string
  label: string
  edits: Edit[]
}

function blankAddition(models: readonly Model[]): Addition {
  const model = blankModel(models)
  return {
    id: model.id,
    label: 'Add model',
    edits: [{ op: 'insert', path: 'models', value: asJson(model) }],
  }
}

export async function addModel(onAdded: (id: string) => void): Promise<void> {
  const answer = await pickCatalogModel({
    title: 'Add a model',
    confirmLabel: 'Add to workspace',
    blankLabel: 'Blank model instead',
  })
  const models = useWorkspace.getState().doc?.models
  if (answer === null || models === undefined) return
  const addition =
    answer === 'blank'
      ? blankAddition(models)
      : { ...catalogModelIn(models, answer), label: `Add ${answer.sourceId} from the catalog` }
  // A model the workspace has already is selected, not copied twice.
  if (addition.edits.length === 0 || commitOrExplain(addition.label, addition.edits)) {
    onAdded(addition.id)
  }
}
