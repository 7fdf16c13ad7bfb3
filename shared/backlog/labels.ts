/** How levers name what they change: by entity names in titles, by ids in their stable keys. */
import type { Feature, Step, WorkspaceDoc } from '../model/types'

/** `Complex resolution · Multi-step reasoning`. */
export const stepTitle = (feature: Feature, step: Step): string => `${feature.name} · ${step.name}`

/** `complex/loop`. */
export const stepKey = (feature: Feature, step: Step): string => `${feature.id}/${step.id}`

export const modelName = (doc: WorkspaceDoc, modelId: string): string =>
  doc.models.find((model) => model.id === modelId)?.name ?? modelId
