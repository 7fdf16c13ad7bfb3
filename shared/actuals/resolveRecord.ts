/**
 * Which feature, step, model, unit, customer and cohort a usage record belongs to (DESIGN.md §9):
 * the workspace's saved mapping for the format, or §9's defaults where it says nothing. Compiled
 * once per import so a million rows cost a few map lookups each.
 */
import type { ActualsMapping, FieldRule, UsageField, WorkspaceDoc } from '../model/types'
import type { UsageRecord } from './types'

export const UNASSIGNED_CUSTOMER = 'unassigned'

export type Resolution =
  | {
      matched: true
      featureId: string
      stepId: string
      modelId: string | null
      /** Null: the record has no unit id, so each of its calls is a unit of its own. */
      unitId: string | null
      customerId: string
      cohortId: string | null
    }
  /** `value` is what was read where the feature should be ('' when nothing was). */
  | { matched: false; value: string }

/** Lower-cased id and name → id, for the case-insensitive matches §9 asks for. */
function lookup(entities: readonly { id: string; name: string }[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const entity of entities) {
    map.set(entity.name.toLowerCase(), entity.id)
    map.set(entity.id.toLowerCase(), entity.id)
  }
  return map
}

/** Every value of `field` in a record: a rule on `tag` may see several. */
function valuesAt(record: UsageRecord, from: UsageField, key: string | undefined): string[] {
  switch (from) {
    case 'tag': {
      if (key === undefined) return [...record.tags]
      const prefix = `${key}:`
      return record.tags.filter((tag) => tag.startsWith(prefix)).map((t) => t.slice(prefix.length))
    }
    case 'metadata': {
      const value = key === undefined ? undefined : record.metadata[key]
      return value === undefined ? [] : [value]
    }
    default: {
      const value = record[from]
      return value === undefined || value === '' ? [] : [value]
    }
  }
}

/** A rule with its value table as a map, built once per import. */
interface CompiledRule {
  from: UsageField
  key: string | undefined
  table: ReadonlyMap<string, string>
}

const compileRule = (rule: FieldRule): CompiledRule => ({
  from: rule.from,
  key: rule.key,
  table: new Map(rule.values?.map((entry) => [entry.value, entry.id])),
})

/** A rule's reading of a record: the first value it translates or finds among `known`. */
function readRule(
  record: UsageRecord,
  rule: CompiledRule,
  known: ReadonlyMap<string, string>,
): { id: string | null; value: string } {
  const values = valuesAt(record, rule.from, rule.key)
  for (const value of values) {
    const translated = rule.table.get(value)
    if (translated !== undefined) return { id: known.get(translated.toLowerCase()) ?? null, value }
    const id = known.get(value.toLowerCase())
    if (id !== undefined) return { id, value }
  }
  return { id: null, value: values[0] ?? '' }
}

/** §9's default: the trace name, one of the tags, or the metadata `feature` value. */
const DEFAULT_FEATURE: readonly FieldRule[] = [
  { from: 'traceName' },
  { from: 'tag' },
  { from: 'metadata', key: 'feature' },
]
const DEFAULT_STEP: readonly FieldRule[] = [
  { from: 'observationName' },
  { from: 'metadata', key: 'step' },
]

function readFirst(
  record: UsageRecord,
  rules: readonly CompiledRule[],
  known: ReadonlyMap<string, string>,
): { id: string | null; value: string } {
  let first = ''
  for (const rule of rules) {
    const read = readRule(record, rule, known)
    if (read.id !== null) return read
    if (first === '') first = read.value
  }
  return { id: null, value: first }
}

/**
 * Model names as providers report them carry dates (`gpt-4o-2024-08-06`,
 * `claude-3-5-sonnet-20241022`) and routers prefix a provider (`openai/gpt-4o`): the names to try.
 */
export function modelNameCandidates(name: string): string[] {
  const lower = name.toLowerCase()
  const unprefixed = lower.includes('/') ? lower.slice(lower.lastIndexOf('/') + 1) : lower
  const undated = unprefixed.replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, '')
  return [...new Set([lower, unprefixed, undated])]
}

export interface RecordResolver {
  resolve(record: UsageRecord): Resolution
}

export function recordResolver(
  doc: WorkspaceDoc,
  mapping: ActualsMapping | undefined,
): RecordResolver {
  const features = lookup(doc.features)
  const steps = new Map(doc.features.map((feature) => [feature.id, lookup(feature.steps)]))
  const models = lookup(doc.models)
  for (const model of doc.models) {
    if (model.sourceId !== undefined) models.set(model.sourceId.toLowerCase(), model.id)
  }
  const cohorts = lookup(doc.cohorts)
  const modelTable = new Map(mapping?.models?.map((entry) => [entry.value, entry.id]))
  const cohortTable = new Map(mapping?.cohorts?.map((entry) => [entry.value, entry.id]))
  const featureRules = (mapping?.feature ? [mapping.feature] : DEFAULT_FEATURE).map(compileRule)
  const stepRules = (mapping?.step ? [mapping.step] : DEFAULT_STEP).map(compileRule)
  const onlyCohort = doc.cohorts.length === 1 ? doc.cohorts[0]!.id : null
  const defaultCohort =
    mapping?.defaultCohortId !== undefined
      ? (cohorts.get(mapping.defaultCohortId.toLowerCase()) ?? null)
      : onlyCohort
  const modelCache = new Map<string, string | null>()

  const modelOf = (name: string | undefined): string | null => {
    if (name === undefined) return null
    const cached = modelCache.get(name)
    if (cached !== undefined) return cached
    const mapped = modelTable.get(name)
    const id =
      mapped !== undefined
        ? (models.get(mapped.toLowerCase()) ?? null)
        : (modelNameCandidates(name)
            .map((candidate) => models.get(candidate))
            .find((found) => found !== undefined) ?? null)
    modelCache.set(name, id)
    return id
  }

  const customerRule = mapping?.customer ? compileRule(mapping.customer) : null
  /** The mapping's customer: the first value its table translates, else the first value read. */
  /** An empty customer (a `customer:` tag with nothing after it) is no customer. */
  const customerOf = (record: UsageRecord): string => {
    if (customerRule === null) return record.userId || UNASSIGNED_CUSTOMER
    const values = valuesAt(record, customerRule.from, customerRule.key)
    for (const value of values) {
      const translated = customerRule.table.get(value)
      if (translated !== undefined) return translated || UNASSIGNED_CUSTOMER
    }
    return values.find((value) => value !== '') ?? UNASSIGNED_CUSTOMER
  }

  const cohortOf = (customerId: string): string | null => {
    const mapped = cohortTable.get(customerId)
    if (mapped !== undefined) return cohorts.get(mapped.toLowerCase()) ?? null
    return defaultCohort
  }

  const unitOf = (record: UsageRecord): string | null => {
    const field = mapping?.unit
    if (field !== undefined) return record[field] ?? null
    return record.traceId ?? record.requestId ?? null
  }

  return {
    resolve(record) {
      const feature = readFirst(record, featureRules, features)
      if (feature.id === null) return { matched: false, value: feature.value }
      const step = readFirst(record, stepRules, steps.get(feature.id)!)
      const customerId = customerOf(record)
      return {
        matched: true,
        featureId: feature.id,
        stepId: step.id ?? '',
        modelId: modelOf(record.model),
        unitId: unitOf(record),
        customerId,
        cohortId: cohortOf(customerId),
      }
    },
  }
}
