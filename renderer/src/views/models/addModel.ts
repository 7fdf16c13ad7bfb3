/**
 * "+ Add model": the catalog first (the model comes with its price history), or a blank model to
 * type by hand (a private or self-hosted one). One insert, one undo step.
 */
import type { Model } from '../../../../shared/model/types'
import { todayIso } from '../../../../shared/today'
import { pickIntoWorkspace } from '../../catalog/pickIntoWorkspace'
import { newIdentity } from '../../ids'

function blankModel(models: readonly Model[]): Model {
  return {
    ...newIdentity('New model', models),
    provider: 'custom',
    kind: 'api',
    prices: [{ from: todayIso(), inputPerMTok: 0, outputPerMTok: 0 }],
  }
}

export function addModel(onAdded: (id: string) => void): Promise<void> {
  const request = {
    title: 'Add a model',
    confirmLabel: 'Add to workspace',
    blankLabel: 'Blank model instead',
  }
  // A model the workspace has already is selected, not copied twice.
  return pickIntoWorkspace(
    request,
    (name) => `Add ${name}`,
    () => [],
    blankModel,
  ).then((id) => {
    if (id !== null) onAdded(id)
  })
}
