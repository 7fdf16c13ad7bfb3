/** Where each input and figure is shown: the row's document path and the grid column's id. */
import type { CellTarget } from './types'

export const featureCell = (featureId: string, column: string): CellTarget => ({
  view: 'features',
  path: `features/${featureId}`,
  column,
})

export const stepCell = (featureId: string, stepId: string, column: string): CellTarget => ({
  view: 'features',
  path: `features/${featureId}/steps/${stepId}`,
  column,
})

export const componentCell = (featureId: string, id: string, column: string): CellTarget => ({
  view: 'features',
  path: `features/${featureId}/components/${id}`,
  column,
})

export const mixShareCell = (featureId: string, stepId: string, modelId: string): CellTarget => ({
  view: 'features',
  path: `features/${featureId}/steps/${stepId}/mix/${modelId}`,
  column: 'sharePct',
})

export const cohortCell = (cohortId: string, column: string): CellTarget => ({
  view: 'pricing',
  path: `cohorts/${cohortId}`,
  column,
})

export const planCell = (planId: string, column: string): CellTarget => ({
  view: 'pricing',
  path: `plans/${planId}`,
  column,
})

/** A usage matrix cell: units per seat, or the token scale. */
export const usageCell = (
  cohortId: string,
  featureId: string,
  field: 'unitsPerSeat' | 'tokenScale',
): CellTarget => ({
  view: 'pricing',
  path: `cohorts/${cohortId}/usage/${featureId}`,
  column: field,
})

export const priceCell = (modelId: string, pointIndex: number, column: string): CellTarget => ({
  view: 'models',
  path: `models/${modelId}/prices/${pointIndex}`,
  column,
})
