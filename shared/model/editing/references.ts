/**
 * What refers to a workspace entity, said in words for people (`Cohort "Heavy users" uses
 * feature "RAG search"`) and as the edits a cascading delete makes to remove each reference.
 */
import type { Edit } from '../editTypes'
import type { Feature, MixEntry, Model, Plan, Scenario, WorkspaceDoc } from '../types'
import { withMixShare } from '../mixShares'
import { formatNumber } from '../validation/describeValue'
import { asJson } from './json'
import type { EntityAt } from './entity'
import { paths } from '../paths/build'

export interface Reference {
  sentence: string
  /** The edits that remove the reference, or null when only a person can (a cohort's plan). */
  fix: Edit[] | null
}

const remove = (path: string): Edit[] => [{ op: 'delete', path }]
const clear = (path: string): Edit[] => [{ op: 'set', path, value: null }]

function modelReferences(doc: WorkspaceDoc, model: Model): Reference[] {
  const references: Reference[] = []
  for (const feature of doc.features) {
    for (const step of feature.steps) {
      const entry = step.mix.find((candidate) => candidate.modelId === model.id)
      if (!entry) continue
      references.push({
        sentence: `Step "${step.name}" of "${feature.name}" routes ${formatNumber(entry.sharePct)}% to it`,
        fix: [
          {
            op: 'set',
            path: paths.mix(feature.id, step.id),
            value: asJson(mixWithout(step.mix, model.id)),
          },
        ],
      })
    }
  }
  for (const option of doc.selfHost) {
    if (!option.replacesModelIds.includes(model.id)) continue
    const kept = option.replacesModelIds.filter((id) => id !== model.id)
    references.push({
      sentence: `Self-host option "${option.name}" replaces it`,
      fix: [{ op: 'set', path: paths.selfHost(option.id, 'replacesModelIds'), value: kept }],
    })
  }
  return references
}

/**
 * The mix without one model, the others rescaled to 100. When nothing is left to rescale (no
 * other entry, or only zero shares) the rest is kept as it is and validation reports the mix.
 */
function mixWithout(mix: readonly MixEntry[], modelId: string): MixEntry[] {
  const rescaled = withMixShare(mix, modelId, 0)
  const entries = 'error' in rescaled ? mix : rescaled.mix
  return entries.filter((entry) => entry.modelId !== modelId)
}

function featureReferences(doc: WorkspaceDoc, feature: Feature): Reference[] {
  const references: Reference[] = []
  for (const cohort of doc.cohorts) {
    if (!cohort.usage.some((usage) => usage.featureId === feature.id)) continue
    references.push({
      sentence: `Cohort "${cohort.name}" uses feature "${feature.name}"`,
      fix: remove(paths.usage(cohort.id, feature.id)),
    })
  }
  for (const plan of doc.plans) {
    const included = plan.includedUnits?.[feature.id]
    if (included !== undefined) {
      references.push({
        sentence: `Plan "${plan.name}" includes ${formatNumber(included)} units of feature "${feature.name}" per seat`,
        fix: remove(paths.planEntry(plan.id, 'includedUnits', feature.id)),
      })
    }
    const overage = plan.overagePrice?.[feature.id]
    if (overage !== undefined) {
      references.push({
        sentence: `Plan "${plan.name}" prices overage of feature "${feature.name}" at ${formatNumber(overage)}`,
        fix: remove(paths.planEntry(plan.id, 'overagePrice', feature.id)),
      })
    }
  }
  return references
}

function planReferences(doc: WorkspaceDoc, plan: Plan): Reference[] {
  const references: Reference[] = []
  for (const cohort of doc.cohorts) {
    // A cohort cannot be left without a plan, and which plan it moves to is a person's call.
    if (cohort.planId === plan.id) {
      references.push({ sentence: `Cohort "${cohort.name}" is on plan "${plan.name}"`, fix: null })
    }
  }
  for (const other of doc.plans) {
    if (other.convertsToPlanId === plan.id) {
      references.push({
        sentence: `Plan "${other.name}" converts to it`,
        fix: clear(paths.plan(other.id, 'convertsToPlanId')),
      })
    }
  }
  return references
}

function scenarioReferences(doc: WorkspaceDoc, scenario: Scenario): Reference[] {
  return doc.scenarios
    .filter((child) => child.parentId === scenario.id)
    .map((child) => ({
      sentence: `Scenario "${child.name}" builds on it`,
      fix: clear(paths.scenario(child.id, 'parentId')),
    }))
}

type Finder = (doc: WorkspaceDoc, entity: never) => Reference[]

const FINDERS: Readonly<Record<string, Finder>> = {
  models: modelReferences,
  features: featureReferences,
  plans: planReferences,
  scenarios: scenarioReferences,
}

/** References to a top-level entity other than scenario overrides (see overrideReferences). */
export function referencesOf(doc: WorkspaceDoc, at: EntityAt): Reference[] {
  const finder =
    at.topLevel && Object.hasOwn(FINDERS, at.collection) ? FINDERS[at.collection] : undefined
  return finder ? finder(doc, at.value as never) : []
}
