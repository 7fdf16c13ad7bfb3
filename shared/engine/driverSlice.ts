/**
 * The part of a workspace one driver can move, as a document of its own. Portfolio revenue and
 * COGS are sums over cohorts × features (plus fixed cost of unused features), and attribution
 * only splits a cohort's revenue between its features without changing its total, so a driver's
 * effect on the portfolio totals equals its effect on the slice's totals. Sensitivity evaluates
 * the small slice twice per driver instead of the whole workspace.
 */
import type { Cohort, Override, UsageEntry, WorkspaceDoc } from '../model/types'
import { CompileMemo, compileDoc } from './compiledDoc'
import type { Driver, DriverReach } from './drivers'
import { monthLedger } from './monthLedger'
import { docAtMonth } from './monthResult'

export interface Totals {
  revenue: number
  cogs: number
}

const reachIds = (reach: DriverReach): string[] =>
  reach.kind === 'features' ? reach.featureIds : reach.cohortIds

function featuresOfCohorts(cohorts: readonly Cohort[], doc: WorkspaceDoc): Set<string> {
  const ids = new Set<string>()
  for (const cohort of cohorts) {
    for (const usage of cohort.usage) ids.add(usage.featureId)
    // Features the cohort's plan names stay too, so `plans/<id>/overagePrice/<featureId>` resolves.
    const plan = doc.plans.find((p) => p.id === cohort.planId)
    for (const featureId of Object.keys(plan?.includedUnits ?? {})) ids.add(featureId)
    for (const featureId of Object.keys(plan?.overagePrice ?? {})) ids.add(featureId)
  }
  return ids
}

/** For each feature, the cohorts using it (by index) and their usage of it. */
export type UsageIndex = Map<string, { cohort: number; usage: UsageEntry }[]>

export function usageIndex(doc: WorkspaceDoc): UsageIndex {
  const index: UsageIndex = new Map()
  doc.cohorts.forEach((cohort, c) => {
    for (const usage of cohort.usage) {
      const users = index.get(usage.featureId)
      if (users) users.push({ cohort: c, usage })
      else index.set(usage.featureId, [{ cohort: c, usage }])
    }
  })
  return index
}

/** Every cohort using one of `featureIds`, its usage narrowed to them, in document order. */
function cohortsUsing(doc: WorkspaceDoc, featureIds: readonly string[], index: UsageIndex) {
  const usageByCohort = new Map<number, UsageEntry[]>()
  for (const featureId of featureIds) {
    for (const { cohort, usage } of index.get(featureId) ?? []) {
      usageByCohort.set(cohort, [...(usageByCohort.get(cohort) ?? []), usage])
    }
  }
  return [...usageByCohort.keys()]
    .sort((a, b) => a - b)
    .map((c) => ({ ...(doc.cohorts[c] as Cohort), usage: usageByCohort.get(c) as UsageEntry[] }))
}

/**
 * Features reach: those features, and every cohort using them with its usage narrowed to them.
 * Cohorts reach: those cohorts whole, with the features they use.
 * Models and plans stay whole: compiled features hold model indexes, so slices sharing the same
 * models let the compile memo reuse each unchanged feature and step, and plans refer to each other
 * (conversions). Self-host options and scenarios go: a month's margin does not read them.
 */
export function sliceFor(
  doc: WorkspaceDoc,
  reach: DriverReach,
  index: UsageIndex = usageIndex(doc),
): WorkspaceDoc {
  let cohorts: Cohort[]
  let featureIds: Set<string>
  if (reach.kind === 'features') {
    featureIds = new Set(reach.featureIds)
    cohorts = cohortsUsing(doc, reach.featureIds, index)
  } else {
    const cohortIds = new Set(reach.cohortIds)
    cohorts = doc.cohorts.filter((cohort) => cohortIds.has(cohort.id))
    featureIds = featuresOfCohorts(cohorts, doc)
  }
  return {
    ...doc,
    features: doc.features.filter((feature) => featureIds.has(feature.id)),
    cohorts,
    selfHost: [],
    scenarios: [],
  }
}

/** Revenue and COGS of `doc` at `month` with `overrides` applied. */
export function monthTotals(
  doc: WorkspaceDoc,
  month: number,
  overrides: readonly Override[] = [],
  memo = new CompileMemo(),
): Totals {
  return monthLedger(compileDoc(docAtMonth(doc, overrides, month), memo), month)
}

/** Drivers that share a slice (the drivers of one feature, of one cohort), in first-seen order. */
export function groupByReach(drivers: readonly Driver[]): Driver[][] {
  const groups = new Map<string, Driver[]>()
  for (const driver of drivers) {
    const key = `${driver.reach.kind}:${reachIds(driver.reach).join('\n')}`
    const group = groups.get(key)
    if (group) group.push(driver)
    else groups.set(key, [driver])
  }
  return [...groups.values()]
}

/**
 * A document's portfolio totals as one driver after another moves, all drivers reaching the same
 * part of the workspace: each move is evaluated on that slice only, and its change to the slice's
 * totals is the change to the whole document's.
 */
export class SliceTotals {
  private readonly slice: WorkspaceDoc
  private readonly sliceBase: Totals
  private readonly reachesNothing: boolean
  // One memo per slice: a moved slice shares all but the moved object with the slice, so only that
  // is compiled again, and what a slice compiled is dropped once its drivers are done.
  private readonly memo = new CompileMemo()

  /** `doc` is the document at `month` (scenario applied) and `base` its totals. */
  constructor(
    private readonly base: Totals,
    doc: WorkspaceDoc,
    reach: DriverReach,
    private readonly month: number,
    index: UsageIndex,
  ) {
    this.slice = sliceFor(doc, reach, index)
    this.reachesNothing = reachIds(reach).length === 0
    this.sliceBase = this.reachesNothing ? base : this.totals([])
  }

  /** The document's totals with `override` applied too. */
  moved(override: Override): Totals {
    // Nothing uses the driver (a model no step routes to, a plan no cohort is on): nothing moves.
    if (this.reachesNothing) return this.base
    const moved = this.totals([override])
    return {
      revenue: this.base.revenue + (moved.revenue - this.sliceBase.revenue),
      cogs: this.base.cogs + (moved.cogs - this.sliceBase.cogs),
    }
  }

  private totals(overrides: Override[]): Totals {
    return monthTotals(this.slice, this.month, overrides, this.memo)
  }
}
