/**
 * Calibration over a window (DESIGN.md §9): per feature of the workspace and per step, the
 * observed values beside the planned ones. Steps the actuals name but the workspace lacks are
 * listed apart; features the workspace lacks are left out (nothing in the plan to calibrate).
 */
import { FIELD_DEFAULTS } from '../../model/defaults'
import { groupBy } from '../../groupBy'
import type { Feature, WorkspaceDoc } from '../../model/types'
import type { DailyAggregate, SampleCount } from '../types'
import { observeStep, responseCacheHitPct, type StepActuals } from './observeStep'
import { plannedStep } from './planned'
import type { CalibrationWindow, FeatureCalibration } from './types'

export interface CalibrationInput extends CalibrationWindow {
  doc: WorkspaceDoc
  aggregates: readonly DailyAggregate[]
  samples: readonly SampleCount[]
}

export function calibrate(input: CalibrationInput): FeatureCalibration[] {
  const inWindow = (row: { day: string }): boolean => row.day >= input.from && row.day <= input.to
  const aggregates = groupBy(input.aggregates.filter(inWindow), (row) => row.featureId)
  const samples = groupBy(input.samples.filter(inWindow), (row) => row.featureId)
  const modelIds = input.doc.models.map((model) => model.id)
  return input.doc.features.map((feature) =>
    calibrateFeature(
      feature,
      aggregates.get(feature.id) ?? [],
      samples.get(feature.id) ?? [],
      modelIds,
    ),
  )
}

function calibrateFeature(
  feature: Feature,
  aggregates: readonly DailyAggregate[],
  samples: readonly SampleCount[],
  modelIds: readonly string[],
): FeatureCalibration {
  // A unit counts once, on the aggregate where it was first seen that day, whatever its step.
  const unitsByDay = new Map<string, number>()
  for (const row of aggregates) unitsByDay.set(row.day, (unitsByDay.get(row.day) ?? 0) + row.units)
  const aggregatesByStep = groupBy(aggregates, (row) => row.stepId)
  const samplesByStep = groupBy(samples, (row) => row.stepId)
  const observe = (stepId: string) => {
    const actuals: StepActuals = {
      aggregates: aggregatesByStep.get(stepId) ?? [],
      samples: samplesByStep.get(stepId) ?? [],
      unitsByDay,
      modelIds,
    }
    return observeStep(actuals)
  }
  const planned = new Set(feature.steps.map((step) => step.id))
  const unknown = [...aggregatesByStep.keys()].filter((id) => !planned.has(id)).sort()
  let units = 0
  for (const dayUnits of unitsByDay.values()) units += dayUnits
  return {
    featureId: feature.id,
    units,
    responseCacheHitPct: {
      planned: feature.responseCacheHitPct ?? FIELD_DEFAULTS.feature.responseCacheHitPct(),
      observed: responseCacheHitPct(aggregates),
    },
    steps: feature.steps.map((step) => ({
      stepId: step.id,
      planned: plannedStep(step),
      observed: observe(step.id),
    })),
    unknownSteps: unknown.map((stepId) => ({ stepId, observed: observe(stepId) })),
  }
}
