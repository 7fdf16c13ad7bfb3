/**
 * Paths and overrides in words, for people: `cohorts/heavy/usage/coach/unitsPerSeat` reads
 * "Heavy reps · AI coaching · units per seat", an insert of a step reads "Added step Coaching
 * insights". Names come from the document the override applies to, so an entity a scenario added
 * is named as it was added.
 */
import { applyOverrides, scenarioOverrides } from '../overrides'
import type { Override, WorkspaceDoc } from '../types'
import { isRecord } from '../validation/access'
import { lastSegment, parentPath } from './build'
import { collectionAt, entityInList, STRUCTURAL_COLLECTIONS } from './structure'
import {
  collectionOf,
  itemNoun,
  walkPath,
  PROVIDER_PREFIX,
  WILDCARD,
  WORKSPACE,
  type Location,
} from './walk'

const SEPARATOR = ' · '

const FIELD_WORDS: Readonly<Record<string, string>> = {
  pricePerUnit: 'price per unit',
  inputPerMTok: 'input $/MTok',
  outputPerMTok: 'output $/MTok',
  cacheReadPerMTok: 'cache read $/MTok',
  cacheWritePerMTok: 'cache write $/MTok',
  reasoningPerMTok: 'reasoning $/MTok',
  responseCacheHitPct: 'response cache hit %',
  aiRevenueSharePct: 'AI share of revenue %',
  nonAiCogsPerSeat: 'non-AI COGS per seat',
  tokensPerSecondPerReplica: 'tokens/s per replica',
  includedUnits: 'included units',
  overagePrice: 'overage price',
  sharePct: 'share',
}

/** `retryRatePct` → "retry rate %", `inputTokensP95` → "input tokens P95". */
export function fieldWords(field: string): string {
  const known = FIELD_WORDS[field]
  if (known !== undefined) return known
  return field
    .replace(/Pct$/, ' %')
    .replace(/P95$/, ' P95')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ p95$/, ' P95')
}

/** Lists whose field name the next segment (an item of it) already says. */
const IMPLIED_BY_ITEM = new Set([
  ...STRUCTURAL_COLLECTIONS,
  'prices',
  'mix',
  'scenarios',
  'overrides',
])

function nameOf(doc: WorkspaceDoc, item: unknown, collection: string): string | undefined {
  if (!isRecord(item)) return undefined
  if (typeof item.name === 'string') return item.name
  if (collection === 'usage' && typeof item.featureId === 'string') {
    return doc.features.find((feature) => feature.id === item.featureId)?.name ?? item.featureId
  }
  if (collection === 'mix' && typeof item.modelId === 'string') {
    const model = doc.models.find((candidate) => candidate.id === item.modelId)
    return `share on ${model?.name ?? item.modelId}`
  }
  if (collection === 'prices' && typeof item.from === 'string') return `price from ${item.from}`
  if (collection === 'overrides') return 'an override'
  return undefined
}

function selectorWords(segment: string, collection: string): string | undefined {
  if (segment === WILDCARD)
    return collection === 'prices' ? 'every price point' : `every ${itemNoun(collection)}`
  if (segment.startsWith(PROVIDER_PREFIX))
    return `all ${segment.slice(PROVIDER_PREFIX.length)} models`
  return undefined
}

/** One location of a path in words, reading selectors from the path's own segments. */
function locationWords(doc: WorkspaceDoc, location: Location, segments: string[]): string[] {
  const words: string[] = []
  location.steps.forEach((step, i) => {
    const segment = segments[i] ?? ''
    const holder = location.steps[i - 1]
    const collection = holder?.kind === 'field' ? holder.name : ''
    if (step.kind === 'field') {
      const last = i === location.steps.length - 1
      if (last || !IMPLIED_BY_ITEM.has(step.name)) words.push(fieldWords(step.name))
    } else if (step.kind === 'entry') {
      const feature = doc.features.find((candidate) => candidate.id === step.key)
      words.push(feature?.name ?? step.key)
    } else {
      const item = location.containers[i + 1]?.value ?? location.value
      words.push(
        selectorWords(segment, collection) ??
          nameOf(
            doc,
            step.index >= 0 ? item : { [collection === 'mix' ? 'modelId' : 'featureId']: segment },
            collection,
          ) ??
          segment,
      )
    }
  })
  return words
}

/** A path in words, read in `doc`; the path itself when it names nothing there. */
export function describePath(doc: WorkspaceDoc, path: string): string {
  // Selectors where overrides allow them; scenarios themselves only as edits name them.
  const selected = walkPath(doc, path, 'select')
  const walked = 'error' in selected ? walkPath(doc, path, 'edit') : selected
  const location = 'error' in walked ? undefined : walked[0]
  if (location === undefined) return path
  const segments = path.split('/')
  const fromRoot = segments[0] === WORKSPACE ? segments.slice(1) : segments
  const words = locationWords(doc, location, fromRoot)
  return segments[0] === WORKSPACE ? ['Workspace', ...words].join(SEPARATOR) : words.join(SEPARATOR)
}

/** What one override does, in words, read in the document it applies to. */
export function describeOverride(doc: WorkspaceDoc, override: Override): string {
  if (override.op === 'insert') {
    const collection = collectionAt(doc, override.path)
    const list = lastSegment(override.path)
    const name = nameOf(doc, override.value, list) ?? '?'
    const owner = parentPath(override.path)
    const where = owner === '' ? '' : ` to ${describePath(doc, owner)}`
    const what = list === 'usage' ? 'use of' : 'error' in collection ? 'entity' : collection.noun
    return `Added ${what} ${name}${where}`
  }
  if (override.op === 'remove') {
    const entity = entityInList(doc, override.path)
    return 'error' in entity
      ? `Removed ${override.path}`
      : `Removed ${describePath(doc, override.path)}`
  }
  const created = createdUse(doc, override.path)
  return created ?? describePath(doc, override.path)
}

/** "Added use of AI coaching to SMB teams · units per seat": a value that creates the use (§4a). */
function createdUse(doc: WorkspaceDoc, path: string): string | undefined {
  const walked = walkPath(doc, path, 'select')
  const location = 'error' in walked || walked.length !== 1 ? undefined : walked[0]
  if (location === undefined) return undefined
  // A usage row the path names but the cohort lacks (a missing mix entry is a share, not a use).
  const at = location.steps.findIndex(
    (step, i) => step.kind === 'item' && step.index === -1 && collectionOf(location, i) === 'usage',
  )
  const step = location.steps[at]
  if (step?.kind !== 'item' || step.key === undefined) return undefined
  const cohort = nameOf(doc, location.containers[at - 1]?.value, 'cohorts') ?? '?'
  const feature = doc.features.find((candidate) => candidate.id === step.key)?.name ?? step.key
  const field = location.steps.at(-1)
  const fieldName = field?.kind === 'field' ? ` · ${fieldWords(field.name)}` : ''
  return `Added use of ${feature} to ${cohort}${fieldName}`
}

/**
 * Each of a scenario's own overrides in words, each read in the document as the chain stands just
 * before it (every override active, whatever its month), so an added entity is named after the
 * insert and a removed one before the remove.
 */
export function describeScenarioOverrides(doc: WorkspaceDoc, scenarioId: string): string[] {
  const chain = allActive(scenarioOverrides(doc, scenarioId))
  const own = doc.scenarios.find((scenario) => scenario.id === scenarioId)?.overrides ?? []
  const inherited = applyOverrides(doc, chain.slice(0, chain.length - own.length), 0)
  let before = inherited.ok ? inherited.doc : doc
  return own.map((override, index) => {
    const words = describeOverride(before, override)
    // One override at a time on the last document: the list is read in one pass.
    const after = applyOverrides(before, [chain[chain.length - own.length + index] as Override], 0)
    if (after.ok) before = after.doc
    return words
  })
}

const allActive = (overrides: readonly Override[]): Override[] =>
  overrides.map(({ fromMonth: _fromMonth, ...override }) => override as Override)

/**
 * A problem's path (`features[simple].steps[loop].mix`, or an edit path) in words, for messages
 * people read: "Simple resolution · Agent loop · mix". The path as given when it names nothing.
 */
export function describeProblemPath(doc: WorkspaceDoc, problemPath: string): string {
  const slashed = problemPath.replace(/\[([^\]]*)\]/g, '/$1').replace(/\./g, '/')
  const words = describePath(doc, slashed)
  return words === slashed ? problemPath : words
}
