/**
 * A feature's calibration as the rows of its table: per step, each field planned beside observed
 * (mean and P95), with the proposed changes a tick on the row takes. One tick takes a field's
 * mean and P95 together: taking one without the other could leave a P95 below its mean.
 */
import type { CalibrationChange } from '../../../../../shared/actuals/calibration/proposal'
import type {
  FeatureCalibration,
  ObservedStat,
  ObservedStep,
  PlannedStat,
  PlannedStep,
} from '../../../../../shared/actuals/calibration/types'
import type { MixEntry, WorkspaceDoc } from '../../../../../shared/model/types'
import { formatNumber, formatPct } from '../../../../../shared/report/format'

export interface CalibrationRow {
  /** `${featureId}/${stepId}/${field}`: what a tick is kept by. */
  key: string
  field: string
  label: string
  planned: string
  plannedP95: string
  observedMean: string
  observedP95: string
  /** What a tick takes; empty: the plan already says what was observed (or nothing was). */
  changes: CalibrationChange[]
}

export interface StepSection {
  stepId: string
  name: string
  calls: number
  rows: CalibrationRow[]
}

type Format = (value: number | null | undefined) => string
const tokens: Format = (value) => formatNumber(value, 0)
const calls: Format = (value) => formatNumber(value, 2)
const pct: Format = (value) => formatPct(value, 1)

interface StatField {
  field: 'callsPerUnit' | 'inputTokens' | 'outputTokens' | 'reasoningTokens'
  label: string
  format: Format
}

const STAT_FIELDS: readonly StatField[] = [
  { field: 'callsPerUnit', label: 'Calls per unit', format: calls },
  { field: 'inputTokens', label: 'Input tokens per call', format: tokens },
  { field: 'outputTokens', label: 'Output tokens per call', format: tokens },
  { field: 'reasoningTokens', label: 'Reasoning tokens per call', format: tokens },
]

/** "GPT-4o 70% · GPT-4o mini 30%", by the workspace's model names. */
export function mixText(mix: readonly MixEntry[], doc: WorkspaceDoc): string {
  if (mix.length === 0) return '—'
  const names = new Map(doc.models.map((model) => [model.id, model.name]))
  return mix
    .map((entry) => `${names.get(entry.modelId) ?? entry.modelId} ${formatPct(entry.sharePct, 1)}`)
    .join(' · ')
}

function statRow(
  key: string,
  { field, label, format }: StatField,
  planned: PlannedStat,
  observed: ObservedStat | null,
  changes: CalibrationChange[],
): CalibrationRow {
  return {
    key: `${key}/${field}`,
    field,
    label,
    planned: format(planned.mean),
    plannedP95: format(planned.p95),
    observedMean: format(observed?.mean),
    observedP95: format(observed?.p95),
    changes: changes.filter((change) => change.field === field || change.field === `${field}P95`),
  }
}

function stepRows(
  key: string,
  planned: PlannedStep,
  observed: ObservedStep,
  changes: CalibrationChange[],
  doc: WorkspaceDoc,
): CalibrationRow[] {
  return [
    ...STAT_FIELDS.map((stat) =>
      statRow(key, stat, planned[stat.field], observed[stat.field], changes),
    ),
    {
      key: `${key}/cachedPrefixTokens`,
      field: 'cachedPrefixTokens',
      label: 'Cached prefix tokens per call',
      planned: tokens(planned.cachedPrefixTokens),
      plannedP95: '',
      observedMean: tokens(observed.cachedPrefixTokens),
      observedP95: '',
      changes: changes.filter((change) => change.field === 'cachedPrefixTokens'),
    },
    {
      // Follows from the prefix and the input: shown to read, taken through them.
      key: `${key}/cachedSharePct`,
      field: 'cachedSharePct',
      label: 'Cached share of input',
      planned: pct(planned.cachedSharePct),
      plannedP95: '',
      observedMean: pct(observed.cachedSharePct),
      observedP95: '',
      changes: [],
    },
    {
      key: `${key}/mix`,
      field: 'mix',
      label: 'Model mix by calls',
      planned: mixText(planned.mix, doc),
      plannedP95: '',
      observedMean: mixText(observed.mix, doc),
      observedP95: '',
      changes: changes.filter((change) => change.field === 'mix'),
    },
  ]
}

/** The feature's steps in its order, each with its rows. */
export function stepSections(
  feature: FeatureCalibration,
  changes: readonly CalibrationChange[],
  doc: WorkspaceDoc,
): StepSection[] {
  const source = doc.features.find((candidate) => candidate.id === feature.featureId)
  return feature.steps.map(({ stepId, planned, observed }) => {
    const own = changes.filter(
      (change) =>
        change.featureId === feature.featureId && 'stepId' in change && change.stepId === stepId,
    )
    return {
      stepId,
      name: source?.steps.find((step) => step.id === stepId)?.name ?? stepId,
      calls: observed.calls,
      rows: stepRows(`${feature.featureId}/${stepId}`, planned, observed, own, doc),
    }
  })
}

/** The feature's response cache hit rate: a field of the feature, not of a step. */
export function cacheRow(
  feature: FeatureCalibration,
  changes: readonly CalibrationChange[],
): CalibrationRow {
  return {
    key: `${feature.featureId}/responseCacheHitPct`,
    field: 'responseCacheHitPct',
    label: 'Response cache hit rate',
    planned: pct(feature.responseCacheHitPct.planned),
    plannedP95: '',
    observedMean: pct(feature.responseCacheHitPct.observed),
    observedP95: '',
    changes: changes.filter(
      (change) => change.featureId === feature.featureId && change.field === 'responseCacheHitPct',
    ),
  }
}
