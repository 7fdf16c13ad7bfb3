/**
 * A compiled document (shared/engine/compiledDoc.ts) with one draw's values in it. The document is
 * compiled once; per draw, only the entities the ranges write are copied and compiled again, by
 * the engine's own compile functions, into a mutable copy of the compiled arrays. Compiling the
 * same values the same way is what keeps every draw bit-identical to `compute` on the document
 * with the values set as overrides.
 */
import {
  compileCohort,
  compileComponents,
  compileFeature,
  compileModel,
  compilePlan,
  compileStep,
  type ComponentTotals,
} from '../engine/compileParts'
import type { CompiledDoc, CompiledFeature, CompiledPlan } from '../engine/compiledDoc'
import { annualPriceDeclinePctOf, portfolioFloorPctOf } from '../model/defaults'
import type { Cohort, Feature, Plan, Range, WorkspaceDoc } from '../model/types'
import { writtenEntity } from './entityDraft'
import type { EntityKind, EntityWrite, EntityWrites } from './rangeWrites'

interface PlanEntry {
  compiled: CompiledPlan
  source: Plan
}

/** A cohort compiled again in every draw: its own writes, or its plan's. */
interface CohortRecompile {
  row: number
  writes: readonly EntityWrite[] | undefined
  /** The cohort's plan as compiled from the document, used when no write reaches the plan. */
  basePlan: PlanEntry | undefined
}

/**
 * Whether a plan's overage maps are the document's: compileCohort reads a plan's compiled form
 * and these maps only, so a cohort no range writes, whose plan's maps no range writes either,
 * compiles to what it compiled to before with the plan's new compiled form. Sorting each such
 * cohort's usage again in every draw would cost more than the rest of its plan's change.
 */
const sameOverage = (plan: Plan, original: Plan): boolean =>
  plan.includedUnits === original.includedUnits && plan.overagePrice === original.overagePrice

const positions = (ids: readonly { id: string }[]): Map<string, number> =>
  new Map(ids.map((entity, position) => [entity.id, position]))

export class DrawCompiler {
  private readonly doc: WorkspaceDoc
  private readonly view: CompiledDoc
  private readonly modelIndex: ReadonlyMap<string, number>
  private readonly featureIndex: ReadonlyMap<string, number>
  private readonly planById: ReadonlyMap<string, Plan>
  private readonly workspace: EntityWrites | undefined
  private readonly models: EntityWrites[]
  private readonly features: EntityWrites[]
  private readonly plans: EntityWrites[]
  /** Rows of plans compiled again: those written, and those converting to one written. */
  private readonly recompiledPlans: number[] = []
  private readonly recompiledCohorts: CohortRecompile[] = []
  /** Compiled positions of the models the ranges write. */
  readonly writtenModels: number[]
  /** Whether a range writes a workspace field (the floor, the price decline). */
  readonly writesWorkspace: boolean

  constructor(
    private readonly base: CompiledDoc,
    entities: readonly EntityWrites[],
    private readonly ranges: readonly Range[],
  ) {
    const { doc } = base
    this.doc = doc
    this.view = {
      ...base,
      models: base.models.slice(),
      features: base.features.slice(),
      cohorts: base.cohorts.slice(),
    }
    this.modelIndex = positions(base.models)
    this.featureIndex = positions(base.features)
    this.planById = new Map(doc.plans.map((plan) => [plan.id, plan]))
    const ofKind = (kind: EntityKind) => entities.filter((entity) => entity.kind === kind)
    this.workspace = ofKind('workspace')[0]
    this.models = ofKind('models')
    this.features = ofKind('features')
    this.plans = ofKind('plans')
    this.writtenModels = this.models.map((entity) => base.modelOrder[entity.index]!)
    this.writesWorkspace = this.workspace !== undefined

    const writtenPlanIds = new Set(this.plans.map((entity) => doc.plans[entity.index]!.id))
    const recompiledPlanIds = new Set<string>()
    doc.plans.forEach((plan, row) => {
      const target = plan.convertsToPlanId
      if (writtenPlanIds.has(plan.id) || (target !== undefined && writtenPlanIds.has(target))) {
        this.recompiledPlans.push(row)
        recompiledPlanIds.add(plan.id)
      }
    })
    const cohortWrites = new Map(ofKind('cohorts').map((entity) => [entity.index, entity.writes]))
    doc.cohorts.forEach((cohort, row) => {
      const writes = cohortWrites.get(row)
      if (writes === undefined && !recompiledPlanIds.has(cohort.planId)) return
      const source = this.planById.get(cohort.planId)
      const compiled = base.cohorts[base.cohortOrder[row]!]!.plan
      const basePlan = source && { compiled, source }
      this.recompiledCohorts.push({ row, writes, basePlan })
    })
  }

  /** The compiled document with `values` (one per range) set; the same object every draw. */
  compiled(values: Float64Array): CompiledDoc {
    const { doc, base, view, ranges } = this
    if (this.workspace) {
      const written = writtenEntity(doc, this.workspace.writes, values, ranges)
      view.portfolioFloorPct = portfolioFloorPctOf(written)
      view.annualPriceDeclinePct = annualPriceDeclinePctOf(written)
    }
    for (const { index, writes } of this.models) {
      const model = writtenEntity(doc.models[index]!, writes, values, ranges)
      view.models[base.modelOrder[index]!] = compileModel(model)
    }
    for (const { index, writes } of this.features) {
      const feature = writtenEntity(doc.features[index]!, writes, values, ranges)
      view.features[base.featureOrder[index]!] = this.compiledFeature(index, feature)
    }
    const plans = this.compiledPlans(values)
    for (const { row, writes, basePlan } of this.recompiledCohorts) {
      const source: Cohort = doc.cohorts[row]!
      const position = base.cohortOrder[row]!
      const plan = plans.get(source.planId) ?? basePlan
      view.cohorts[position] =
        writes === undefined && plan && basePlan && sameOverage(plan.source, basePlan.source)
          ? { ...base.cohorts[position]!, plan: plan.compiled }
          : compileCohort(
              writes ? writtenEntity(source, writes, values, ranges) : source,
              plan,
              this.featureIndex,
            )
    }
    return view
  }

  /** Steps and components the draw left alone keep their compiled form. */
  private compiledFeature(row: number, feature: Feature): CompiledFeature {
    const original = this.doc.features[row]!
    const compiled = this.base.features[this.base.featureOrder[row]!]!
    const steps = compiled.steps.slice()
    feature.steps.forEach((step, i) => {
      if (step !== original.steps[i]) {
        steps[compiled.stepOrder[i]!] = compileStep(step, this.modelIndex)
      }
    })
    const components: ComponentTotals =
      feature.components === original.components
        ? {
            perUnit: compiled.componentCosts,
            perUnitP95: compiled.componentCostsP95,
            fixedMonthly: compiled.fixedMonthly,
          }
        : compileComponents(feature.components)
    return compileFeature(feature, steps, components)
  }

  /** By plan id: every plan compiled again this draw, with the plan it converts to as written. */
  private compiledPlans(values: Float64Array): Map<string, PlanEntry> {
    const written = new Map<string, Plan>()
    for (const { index, writes } of this.plans) {
      const plan = writtenEntity(this.doc.plans[index]!, writes, values, this.ranges)
      written.set(plan.id, plan)
    }
    const compiled = new Map<string, PlanEntry>()
    for (const row of this.recompiledPlans) {
      const original = this.doc.plans[row]!
      const source = written.get(original.id) ?? original
      const targetId = source.convertsToPlanId
      const target =
        targetId === undefined ? undefined : (written.get(targetId) ?? this.planById.get(targetId))
      compiled.set(source.id, { compiled: compilePlan(source, target), source })
    }
    return compiled
  }
}
