/**
 * Where each entity sits: its row in the input sheets, and the contiguous row blocks (a feature's
 * steps, mix entries and components; a cohort's usage lines) that SUM and SUMPRODUCT range over.
 * Rows keep document order; only the structure is fixed, every value stays editable.
 */
import { tokenScaleOf } from '../../../shared/model/defaults'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { blocksOf, type Block } from './table'

export interface MixRow {
  feature: number
  step: number
  /** Row of the step on the Steps sheet. */
  stepRow: number
  model: number
  modelId: string
  sharePct: number
}

export interface UsageRow {
  cohort: number
  feature: number
  unitsPerSeat: number
  tokenScale: number
  /** Row on the Allowances sheet for (the cohort's plan, this feature); null when none. */
  allowance: number | null
}

export interface AllowanceRow {
  plan: number
  featureId: string
  includedUnits: number | undefined
  overagePrice: number | undefined
}

export interface RowIndex {
  modelRow: Map<string, number>
  featureRow: Map<string, number>
  planRow: Map<string, number>
  stepBlocks: Block[]
  mixRows: MixRow[]
  mixBlocks: Block[]
  componentBlocks: Block[]
  allowances: AllowanceRow[]
  usageRows: UsageRow[]
  usageBlocks: Block[]
}

const rowsById = (items: readonly { id: string }[]) =>
  new Map(items.map((item, index) => [item.id, index]))

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the workbook needs a valid document: ${what}`)
  return value
}

function allowanceRows(doc: WorkspaceDoc): AllowanceRow[] {
  return doc.plans.flatMap((plan, p) => {
    const featureIds = [
      ...new Set([
        ...Object.keys(plan.includedUnits ?? {}),
        ...Object.keys(plan.overagePrice ?? {}),
      ]),
    ]
    return featureIds.map((featureId) => ({
      plan: p,
      featureId,
      includedUnits: plan.includedUnits?.[featureId],
      overagePrice: plan.overagePrice?.[featureId],
    }))
  })
}

export function rowIndex(doc: WorkspaceDoc): RowIndex {
  const modelRow = rowsById(doc.models)
  const featureRow = rowsById(doc.features)
  const planRow = rowsById(doc.plans)
  const stepBlocks = blocksOf(doc.features, (feature) => feature.steps.length)
  const mixRows = doc.features.flatMap((feature, f) =>
    feature.steps.flatMap((step, s) =>
      step.mix.map((entry) => ({
        feature: f,
        step: s,
        stepRow: stepBlocks[f]!.from + s,
        model: need(modelRow.get(entry.modelId), `unknown model ${entry.modelId}`),
        modelId: entry.modelId,
        sharePct: entry.sharePct,
      })),
    ),
  )
  const allowances = allowanceRows(doc)
  const allowanceRowOf = new Map(allowances.map((a, row) => [`${a.plan}\n${a.featureId}`, row]))
  const usageRows = doc.cohorts.flatMap((cohort, c) => {
    const plan = need(planRow.get(cohort.planId), `unknown plan ${cohort.planId}`)
    return cohort.usage.map((entry) => ({
      cohort: c,
      feature: need(featureRow.get(entry.featureId), `unknown feature ${entry.featureId}`),
      unitsPerSeat: entry.unitsPerSeat,
      tokenScale: tokenScaleOf(entry),
      allowance: allowanceRowOf.get(`${plan}\n${entry.featureId}`) ?? null,
    }))
  })
  return {
    modelRow,
    featureRow,
    planRow,
    stepBlocks,
    mixRows,
    mixBlocks: blocksOf(doc.features, (feature) =>
      feature.steps.reduce((sum, step) => sum + step.mix.length, 0),
    ),
    componentBlocks: blocksOf(doc.features, (feature) => feature.components.length),
    allowances,
    usageRows,
    usageBlocks: blocksOf(doc.cohorts, (cohort) => cohort.usage.length),
  }
}
