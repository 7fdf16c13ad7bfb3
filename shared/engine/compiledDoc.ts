/**
 * A document read once into the shape the margin math needs (see compiledTypes.ts). All sums run
 * in id order, so results never depend on the order of rows in the document (float addition is
 * not associative).
 */
import { annualPriceDeclinePctOf, horizonMonthsOf, portfolioFloorPctOf } from '../model/defaults'
import type { Cohort, Component, Feature, Model, Plan, Step, WorkspaceDoc } from '../model/types'
import {
  compileCohort,
  compileComponents,
  compileFeature,
  compileModel,
  compilePlan,
  compileSelfHost,
  compileStep,
  type ComponentTotals,
} from './compileParts'
import type {
  CompiledCohort,
  CompiledDoc,
  CompiledFeature,
  CompiledModel,
  CompiledPlan,
  CompiledStep,
} from './compiledTypes'
import { idPermutation, positionsOf, sortedById } from './idOrder'

export type * from './compiledTypes'

/** How a sequence of ids sorts: shared by every collection with the same ids in the same rows. */
interface IdShape {
  /** Row indexes in id order; null when the rows already are. */
  permutation: number[] | null
  /** For each row of the document, its position in id order. */
  order: number[]
  /** Each id's position in id order. */
  positionOf: Map<string, number>
}

/** A collection in id order. */
interface IndexedOrder<T> extends IdShape {
  sorted: readonly T[]
}

/** A compiled entity and the inputs besides itself it was compiled from. */
interface Derived<T> {
  inputs: readonly unknown[]
  compiled: T
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((input, i) => input === b[i])

/**
 * What the documents of one call share (the scenarios of a comparison, the months of a forecast,
 * a sensitivity run): copy-on-write leaves unchanged objects and arrays identical between them, so
 * each is compiled once. It lives for one call only, so a caller that changes a document in place
 * between calls still gets fresh results.
 */
export class CompileMemo {
  private readonly orders = new Map<readonly unknown[], IndexedOrder<unknown>>()
  /** By the ids of the rows joined: an overridden copy of a collection need not be sorted again. */
  private readonly shapes = new Map<string, IdShape>()
  private readonly models = new Map<Model, CompiledModel>()
  private readonly steps = new Map<Step, Derived<CompiledStep>>()
  private readonly stepLists = new Map<readonly Step[], Derived<CompiledStep[]>>()
  private readonly componentLists = new Map<readonly Component[], ComponentTotals>()
  private readonly features = new Map<Feature, Derived<CompiledFeature>>()
  private readonly plans = new Map<Plan, Derived<CompiledPlan>>()
  private readonly cohorts = new Map<Cohort, Derived<CompiledCohort>>()

  inIdOrder<T>(rows: readonly T[], idOf: (row: T) => string): IndexedOrder<T> {
    let known = this.orders.get(rows) as IndexedOrder<T> | undefined
    if (!known) {
      const ids = rows.map(idOf)
      const shape = this.shapeOf(ids)
      const { permutation } = shape
      const sorted = permutation ? permutation.map((index) => rows[index]!) : rows
      this.orders.set(rows, (known = { ...shape, sorted }))
    }
    return known
  }

  private shapeOf(ids: readonly string[]): IdShape {
    const signature = ids.join('\n')
    let shape = this.shapes.get(signature)
    if (!shape) {
      const permutation = idPermutation(ids)
      const order = positionsOf(permutation, ids.length)
      const positionOf = new Map(ids.map((id, row) => [id, order[row]!]))
      this.shapes.set(signature, (shape = { permutation, order, positionOf }))
    }
    return shape
  }

  model(model: Model): CompiledModel {
    let compiled = this.models.get(model)
    if (!compiled) this.models.set(model, (compiled = compileModel(model)))
    return compiled
  }

  /** A feature, its steps (compiled against `modelIndex`) and its components. */
  feature(feature: Feature, modelIndex: ReadonlyMap<string, number>): CompiledFeature {
    const steps = this.derive(this.stepLists, feature.steps, [modelIndex], () =>
      sortedById(feature.steps, (step) => step.id).map((step) =>
        this.derive(this.steps, step, [modelIndex], () => compileStep(step, modelIndex)),
      ),
    )
    let components = this.componentLists.get(feature.components)
    if (!components) {
      components = compileComponents(feature.components)
      this.componentLists.set(feature.components, components)
    }
    const parts = [steps, components]
    return this.derive(this.features, feature, parts, () =>
      compileFeature(feature, steps, components),
    )
  }

  plan(plan: Plan, target: Plan | undefined): CompiledPlan {
    return this.derive(this.plans, plan, [target], () => compilePlan(plan, target))
  }

  cohort(
    cohort: Cohort,
    plan: { compiled: CompiledPlan; source: Plan } | undefined,
    featureIndex: ReadonlyMap<string, number>,
  ): CompiledCohort {
    const inputs = [plan?.compiled, plan?.source, featureIndex]
    return this.derive(this.cohorts, cohort, inputs, () =>
      compileCohort(cohort, plan, featureIndex),
    )
  }

  /** The memo's value for `key` when compiled from the same `inputs`, else a fresh one. */
  private derive<K, T>(
    memo: Map<K, Derived<T>>,
    key: K,
    inputs: readonly unknown[],
    compile: () => T,
  ): T {
    const known = memo.get(key)
    if (known && sameInputs(known.inputs, inputs)) return known.compiled
    const compiled = compile()
    memo.set(key, { inputs, compiled })
    return compiled
  }
}

export function compileDoc(doc: WorkspaceDoc, memo: CompileMemo = new CompileMemo()): CompiledDoc {
  const models = memo.inIdOrder(doc.models, (model) => model.id)
  const features = memo.inIdOrder(doc.features, (feature) => feature.id)
  const cohorts = memo.inIdOrder(doc.cohorts, (cohort) => cohort.id)
  const planById = new Map(doc.plans.map((plan) => [plan.id, plan]))
  const plans = new Map(
    doc.plans.map((plan) => {
      const target =
        plan.convertsToPlanId === undefined ? undefined : planById.get(plan.convertsToPlanId)
      return [plan.id, { compiled: memo.plan(plan, target), source: plan }]
    }),
  )
  return {
    doc,
    horizonMonths: horizonMonthsOf(doc),
    portfolioFloorPct: portfolioFloorPctOf(doc),
    annualPriceDeclinePct: annualPriceDeclinePctOf(doc),
    models: models.sorted.map((model) => memo.model(model)),
    features: features.sorted.map((feature) => memo.feature(feature, models.positionOf)),
    cohorts: cohorts.sorted.map((cohort) =>
      memo.cohort(cohort, plans.get(cohort.planId), features.positionOf),
    ),
    selfHost: doc.selfHost.map((option) => compileSelfHost(option, models.positionOf)),
    modelOrder: models.order,
    featureOrder: features.order,
    cohortOrder: cohorts.order,
  }
}
