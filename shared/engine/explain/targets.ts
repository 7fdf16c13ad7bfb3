/** Where each input and figure is shown: the row's document path and the grid column's id. */
import type { CellTarget } from './types'
import { paths } from '../../model/paths/build'

export const featureCell = (featureId: string, column: string): CellTarget => ({
  view: 'features',
  path: paths.feature(featureId),
  column,
})

export const stepCell = (featureId: string, stepId: string, column: string): CellTarget => ({
  view: 'features',
  path: paths.step(featureId, stepId),
  column,
})

export const componentCell = (featureId: string, id: string, column: string): CellTarget => ({
  view: 'features',
  path: paths.component(featureId, id),
  column,
})

export const mixShareCell = (featureId: string, stepId: string, modelId: string): CellTarget => ({
  view: 'features',
  path: paths.mixShare(featureId, stepId, modelId),
  column: 'sharePct',
})

export const cohortCell = (cohortId: string, column: string): CellTarget => ({
  view: 'pricing',
  path: paths.cohort(cohortId),
  column,
})

export const planCell = (planId: string, column: string): CellTarget => ({
  view: 'pricing',
  path: paths.plan(planId),
  column,
})

/** A usage matrix cell: units per seat, or the token scale. */
export const usageCell = (
  cohortId: string,
  featureId: string,
  field: 'unitsPerSeat' | 'tokenScale',
): CellTarget => ({
  view: 'pricing',
  path: paths.usage(cohortId, featureId),
  column: field,
})

export const priceCell = (modelId: string, pointIndex: number, column: string): CellTarget => ({
  view: 'models',
  path: paths.price(modelId, pointIndex),
  column,
})
