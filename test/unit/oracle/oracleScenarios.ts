/**
 * The oracle's reading of DESIGN.md §4, written from the spec alone (not from shared/model): a
 * deep clone of the document with each override in force at month t applied naively, in order.
 */
import type { Override, ValueOverride, WorkspaceDoc } from '../../../shared/model/types'

/** Thrown when a scenario's overrides would leave a document §2 rejects (the engine may refuse). */
export class InvalidScenarioError extends Error {}

type Bag = Record<string, unknown>

const FLOOR_BY_CATEGORY: Record<string, number> = { growth: 45, core: 60, premium: 70 }

/** The overrides of `scenarioId` and its ancestors, the root's first. */
export function chainOverrides(doc: WorkspaceDoc, scenarioId: string | null): Override[] {
  if (scenarioId === null) return []
  const scenario = doc.scenarios.find((s) => s.id === scenarioId)
  if (!scenario) throw new Error(`no scenario ${scenarioId}`)
  const parent = scenario.parentId === undefined ? [] : chainOverrides(doc, scenario.parentId)
  return [...parent, ...scenario.overrides]
}

/** The document with the overrides whose fromMonth ≤ t applied in order. */
export function documentAt(doc: WorkspaceDoc, overrides: Override[], t: number): WorkspaceDoc {
  const copy = structuredClone(doc)
  for (const override of overrides) {
    // The oracle restates §4's value overrides; §4a's inserts and removes have their own tests.
    if (override.op === 'insert' || override.op === 'remove') {
      throw new Error('the oracle applies set, scale and add overrides only')
    }
    if ((override.fromMonth ?? 0) <= t) applyOverride(copy, override)
  }
  return copy
}

function operate(old: number, override: ValueOverride): number {
  if (override.op === 'set') return override.value
  if (override.op === 'scale') return old * override.value
  return old + override.value
}

/** §4: an absent field starts from the value it stands for (§2 default, else 0). */
function standIn(kind: string, entity: Bag, field: string): number {
  const num = (name: string, fallback: number): number => {
    const value = entity[name]
    return typeof value === 'number' ? value : fallback
  }
  switch (`${kind}.${field}`) {
    case 'workspace.portfolioFloorPct':
      return 55
    case 'workspace.horizonMonths':
      return 24
    case 'price.cacheReadPerMTok':
    case 'price.cacheWritePerMTok':
    case 'longContext.cacheReadPerMTok':
    case 'longContext.cacheWritePerMTok':
      return num('inputPerMTok', 0)
    case 'price.reasoningPerMTok':
      return num('outputPerMTok', 0)
    case 'feature.floorPct':
      return FLOOR_BY_CATEGORY[entity.category as string] ?? 0
    case 'feature.yellowBandPts':
      return 5
    case 'step.callsPerUnit':
      return 1
    case 'step.callsPerUnitP95':
      return num('callsPerUnit', 1)
    case 'step.inputTokensP95':
      return num('inputTokens', 0)
    case 'step.outputTokensP95':
      return num('outputTokens', 0)
    case 'step.reasoningTokensP95':
      return num('reasoningTokens', 0)
    case 'step.prefixReuse':
      return 1
    case 'component.costPerUnitP95':
      return num('costPerUnit', 0)
    case 'cohort.seatsPerCustomer':
      return 1
    case 'usage.tokenScale':
      return 1
    case 'selfHost.minReplicas':
      return 1
    default:
      return 0
  }
}

function applyField(entity: Bag, kind: string, field: string, override: ValueOverride): void {
  const old = entity[field]
  entity[field] = operate(typeof old === 'number' ? old : standIn(kind, entity, field), override)
}

function select<T extends { id: string }>(items: T[], selector: string): T[] {
  const found = selector === '*' ? items : items.filter((item) => item.id === selector)
  if (found.length === 0) throw new InvalidScenarioError(`nothing at ${selector}`)
  return found
}

function byId<T extends { id: string }>(items: T[], id: string | undefined): T {
  const found = items.find((item) => item.id === id)
  if (!found) throw new InvalidScenarioError(`no ${id}`)
  return found
}

function applyOverride(doc: WorkspaceDoc, override: ValueOverride): void {
  const parts = override.path.split('/')
  const [root, a, b, c, d, e] = parts
  const bag = (value: unknown): Bag => value as Bag
  switch (root) {
    case 'workspace':
      return applyField(bag(doc), 'workspace', a!, override)
    case 'models': {
      const models =
        a === '*'
          ? doc.models
          : a!.startsWith('provider:')
            ? doc.models.filter((m) => m.provider === a!.slice('provider:'.length))
            : doc.models.filter((m) => m.id === a)
      if (models.length === 0) throw new InvalidScenarioError(override.path)
      for (const model of models) {
        const points = c === '*' ? model.prices : [model.prices[Number(c)]]
        for (const point of points) {
          if (!point) throw new InvalidScenarioError(override.path)
          if (d === 'longContext') {
            if (!point.longContext) throw new InvalidScenarioError(override.path)
            applyField(bag(point.longContext), 'longContext', e!, override)
          } else applyField(bag(point), 'price', d!, override)
        }
      }
      return
    }
    case 'features': {
      if (b === undefined || parts.length === 3) {
        for (const f of select(doc.features, a!)) applyField(bag(f), 'feature', b!, override)
        return
      }
      const feature = byId(doc.features, a)
      if (b === 'components') {
        for (const comp of select(feature.components, c!))
          applyField(bag(comp), 'component', d!, override)
        return
      }
      if (d === 'mix') return applyMixShare(byId(feature.steps, c), e!, override)
      for (const step of select(feature.steps, c!)) applyField(bag(step), 'step', d!, override)
      return
    }
    case 'plans': {
      if (parts.length === 3) {
        for (const plan of select(doc.plans, a!)) applyField(bag(plan), 'plan', b!, override)
        return
      }
      const plan = byId(doc.plans, a)
      const record = (b === 'includedUnits' ? plan.includedUnits : plan.overagePrice) ?? {}
      record[c!] = operate(record[c!] ?? 0, override)
      if (b === 'includedUnits') plan.includedUnits = record
      else plan.overagePrice = record
      return
    }
    case 'cohorts': {
      if (parts.length === 3) {
        for (const cohort of select(doc.cohorts, a!))
          applyField(bag(cohort), 'cohort', b!, override)
        return
      }
      const cohort = byId(doc.cohorts, a)
      const entries =
        c === '*' ? cohort.usage : cohort.usage.filter((usage) => usage.featureId === c)
      if (entries.length === 0) throw new InvalidScenarioError(override.path)
      for (const usage of entries) applyField(bag(usage), 'usage', d!, override)
      return
    }
    case 'selfHost':
      for (const option of select(doc.selfHost, a!))
        applyField(bag(option), 'selfHost', b!, override)
      return
    default:
      throw new InvalidScenarioError(override.path)
  }
}

/** §4: the entry is added if missing and the other shares rescaled so the mix sums to 100. */
function applyMixShare(
  step: { mix: { modelId: string; sharePct: number }[] },
  modelId: string,
  override: ValueOverride,
): void {
  let entry = step.mix.find((m) => m.modelId === modelId)
  const share = operate(entry?.sharePct ?? 0, override)
  if (!(share >= 0 && share <= 100)) throw new InvalidScenarioError(`share ${share}`)
  if (!entry) {
    entry = { modelId, sharePct: 0 }
    step.mix.push(entry)
  }
  const others = step.mix.filter((m) => m !== entry)
  const othersTotal = others.reduce((sum, m) => sum + m.sharePct, 0)
  entry.sharePct = share
  if (othersTotal === 100 - share) return
  if (othersTotal <= 0) throw new InvalidScenarioError('no other share to rescale')
  for (const other of others) other.sharePct = (other.sharePct * (100 - share)) / othersTotal
}
