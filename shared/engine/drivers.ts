/**
 * The numeric drivers of a workspace: the inputs a sensitivity analysis moves, each as an override
 * path with a label a person reads on a tornado chart, the value it has now and the part of the
 * workspace it reaches (so the analysis can re-evaluate only that part).
 *
 * Drivers whose value is 0 are left out: scaling 0 by ±N% moves nothing, so they would only add
 * empty bars.
 */
import { effectiveValueOf, type FieldKind } from '../model/defaults'
import type { Feature, Model, WorkspaceDoc } from '../model/types'
import { firstDayOfMonth } from './months'
import { childPath, paths } from '../model/paths/build'

/** What a driver can change: some features (with every cohort using them) or whole cohorts. */
export type DriverReach =
  { kind: 'features'; featureIds: string[] } | { kind: 'cohorts'; cohortIds: string[] }

export interface Driver {
  path: string
  label: string
  value: number
  reach: DriverReach
}

interface FieldDriver {
  field: string
  label: string
}

const STEP_FIELDS: FieldDriver[] = [
  { field: 'callsPerUnit', label: 'calls per unit' },
  { field: 'inputTokens', label: 'input tokens' },
  { field: 'outputTokens', label: 'output tokens' },
  { field: 'reasoningTokens', label: 'reasoning tokens' },
]

const COMPONENT_FIELDS: FieldDriver[] = [
  { field: 'costPerUnit', label: 'cost per unit' },
  { field: 'fixedMonthly', label: 'fixed monthly cost' },
]

const PLAN_FIELDS: FieldDriver[] = [
  { field: 'seatPrice', label: 'seat price' },
  { field: 'platformFee', label: 'platform fee' },
  { field: 'nonAiCogsPerSeat', label: 'non-AI COGS per seat' },
]

const COHORT_FIELDS: FieldDriver[] = [
  { field: 'customers', label: 'customers' },
  { field: 'seatsPerCustomer', label: 'seats per customer' },
]

const PRICE_FIELDS: FieldDriver[] = [
  { field: 'inputPerMTok', label: 'input price' },
  { field: 'outputPerMTok', label: 'output price' },
]

/** Collects drivers, dropping those at 0. */
class DriverList {
  readonly drivers: Driver[] = []

  add(path: string, label: string, value: number | undefined, reach: DriverReach): void {
    if (value !== undefined && value !== 0) this.drivers.push({ path, label, value, reach })
  }

  addFields(
    kind: FieldKind,
    entity: object,
    base: { path: string; label: string },
    fields: FieldDriver[],
    reach: DriverReach,
  ): void {
    for (const { field, label } of fields) {
      const value = effectiveValueOf(kind, entity, field)
      this.add(childPath(base.path, field), `${base.label} ${label}`, value, reach)
    }
  }
}

/**
 * Index (in document order) of the price point in force on `date`: the latest `from` on or before
 * it, else the earliest point (DESIGN.md §3). Override paths address points by document index,
 * which the engine's compiled prices no longer carry.
 */
export function pricePointIndexAt(model: Model, date: string): number | undefined {
  let inForce: number | undefined
  let earliest: number | undefined
  model.prices.forEach((point, index) => {
    const chosen = inForce === undefined ? undefined : model.prices[inForce]
    if (point.from <= date && (!chosen || point.from >= chosen.from)) inForce = index
    const first = earliest === undefined ? undefined : model.prices[earliest]
    if (!first || point.from < first.from) earliest = index
  })
  return inForce ?? earliest
}

function featuresUsingModel(doc: WorkspaceDoc, modelId: string): string[] {
  return doc.features
    .filter((feature) => feature.steps.some((step) => step.mix.some((e) => e.modelId === modelId)))
    .map((feature) => feature.id)
}

function addFeatureDrivers(list: DriverList, feature: Feature): void {
  const reach: DriverReach = { kind: 'features', featureIds: [feature.id] }
  list.add(
    paths.feature(feature.id, 'pricePerUnit'),
    `${feature.name} price per ${feature.unit}`,
    feature.pricePerUnit,
    reach,
  )
  for (const step of feature.steps) {
    const base = { path: paths.step(feature.id, step.id), label: `${feature.name} · ${step.name}` }
    list.addFields('step', step, base, STEP_FIELDS, reach)
  }
  for (const component of feature.components) {
    const base = {
      path: paths.component(feature.id, component.id),
      label: `${feature.name} · ${component.name}`,
    }
    list.addFields('component', component, base, COMPONENT_FIELDS, reach)
  }
}

/** The drivers of `doc` (already at the month, scenario applied), in document order. */
export function listDrivers(doc: WorkspaceDoc, month: number): Driver[] {
  const list = new DriverList()
  const date = firstDayOfMonth(doc, month)
  const featureName = new Map(doc.features.map((feature) => [feature.id, feature.name]))
  const nameOf = (featureId: string): string => featureName.get(featureId) ?? featureId

  for (const model of doc.models) {
    const index = pricePointIndexAt(model, date)
    const point = index === undefined ? undefined : model.prices[index]
    if (index === undefined || !point) continue
    const reach: DriverReach = { kind: 'features', featureIds: featuresUsingModel(doc, model.id) }
    const base = { path: paths.price(model.id, index), label: model.name }
    list.addFields('price', point, base, PRICE_FIELDS, reach)
  }
  for (const feature of doc.features) addFeatureDrivers(list, feature)
  for (const plan of doc.plans) {
    const cohortIds = doc.cohorts.filter((c) => c.planId === plan.id).map((c) => c.id)
    const reach: DriverReach = { kind: 'cohorts', cohortIds }
    list.addFields(
      'plan',
      plan,
      { path: paths.plan(plan.id), label: plan.name },
      PLAN_FIELDS,
      reach,
    )
    for (const [featureId, units] of Object.entries(plan.includedUnits ?? {})) {
      const label = `${plan.name} · ${nameOf(featureId)} included units`
      list.add(paths.planEntry(plan.id, 'includedUnits', featureId), label, units, reach)
    }
    for (const [featureId, price] of Object.entries(plan.overagePrice ?? {})) {
      const label = `${plan.name} · ${nameOf(featureId)} overage price`
      list.add(paths.planEntry(plan.id, 'overagePrice', featureId), label, price, reach)
    }
  }
  for (const cohort of doc.cohorts) {
    const base = { path: paths.cohort(cohort.id), label: cohort.name }
    const reach: DriverReach = { kind: 'cohorts', cohortIds: [cohort.id] }
    list.addFields('cohort', cohort, base, COHORT_FIELDS, reach)
    for (const usage of cohort.usage) {
      list.add(
        paths.usage(cohort.id, usage.featureId, 'unitsPerSeat'),
        `${cohort.name} · ${nameOf(usage.featureId)} units per seat`,
        usage.unitsPerSeat,
        { kind: 'features', featureIds: [usage.featureId] },
      )
    }
  }
  return list.drivers
}
