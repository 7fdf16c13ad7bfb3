/**
 * The mapping the import dialog edits (DESIGN.md §9): where it starts (the workspace's saved one,
 * or §9's defaults), small edits of its tables, and the one document edit that saves it.
 */
import { CSV_FIELDS } from '../../../../../shared/actuals/formats'
import type { Edit } from '../../../../../shared/model/editTypes'
import { paths } from '../../../../../shared/model/paths/build'
import type {
  ActualsMapping,
  ColumnEntry,
  FieldRule,
  UsageFormat,
  ValueMapEntry,
  WorkspaceDoc,
} from '../../../../../shared/model/types'
import { asJson } from '../../../json'

export const savedMapping = (doc: WorkspaceDoc, format: UsageFormat): ActualsMapping | undefined =>
  doc.actualsMappings?.find((mapping) => mapping.id === format)

const normalised = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '')

/** Headers that name a field (`Model`, `cost_usd`, `Trace id`): the generic CSV's first guess. */
export function guessColumns(headers: readonly string[]): ColumnEntry[] {
  const names = new Map<string, string>()
  for (const { field, label } of CSV_FIELDS) {
    names.set(normalised(field), field)
    names.set(normalised(label), field)
    names.set(normalised(label.replace(/\s*\(.*$/, '')), field)
  }
  const columns: ColumnEntry[] = []
  for (const column of headers) {
    const field = names.get(normalised(column))
    if (field !== undefined && !columns.some((entry) => entry.field === field)) {
      columns.push({ field, column })
    }
  }
  return columns
}

/** The saved mapping for the format, or the defaults (a generic CSV's columns guessed). */
export function initialMapping(
  doc: WorkspaceDoc,
  format: UsageFormat,
  headers: readonly string[],
): ActualsMapping {
  const saved = savedMapping(doc, format)
  if (saved !== undefined) return saved
  return format === 'csv' ? { id: format, columns: guessColumns(headers) } : { id: format }
}

/** A value table with `value` mapped to `id`, or unmapped when `id` is null. */
export function withEntry(
  entries: readonly ValueMapEntry[] | undefined,
  value: string,
  id: string | null,
): ValueMapEntry[] {
  const others = (entries ?? []).filter((entry) => entry.value !== value)
  return id === null ? others : [...others, { value, id }]
}

/** Columns with `column` filling `field` (null: read by nothing); a field has one column. */
export function withColumn(
  columns: readonly ColumnEntry[] | undefined,
  column: string,
  field: string | null,
): ColumnEntry[] {
  const others = (columns ?? []).filter((entry) => entry.column !== column && entry.field !== field)
  return field === null ? others : [...others, { field, column }]
}

function canonicalRule(rule: FieldRule | undefined): FieldRule | undefined {
  if (rule === undefined) return undefined
  const key = rule.key?.trim()
  return {
    from: rule.from,
    ...(key ? { key } : {}),
    ...(rule.values?.length ? { values: rule.values } : {}),
  }
}

/**
 * The mapping as it is saved: fields in one order, empty tables and keys left out. Two mappings
 * that read rows alike are then equal as JSON.
 */
export function canonicalMapping(mapping: ActualsMapping): ActualsMapping {
  const feature = canonicalRule(mapping.feature)
  const step = canonicalRule(mapping.step)
  const customer = canonicalRule(mapping.customer)
  const { id, unit, models, cohorts, defaultCohortId, columns } = mapping
  return {
    id,
    ...(feature && { feature }),
    ...(step && { step }),
    ...(unit && { unit }),
    ...(customer && { customer }),
    ...(models?.length && { models }),
    ...(cohorts?.length && { cohorts }),
    ...(defaultCohortId && { defaultCohortId }),
    ...(columns?.length && { columns }),
  }
}

const sameMapping = (a: ActualsMapping | undefined, b: ActualsMapping): boolean =>
  a !== undefined && JSON.stringify(canonicalMapping(a)) === JSON.stringify(canonicalMapping(b))

/** The edit saving `mapping` in place of the format's saved one; null when nothing changed. */
export function mappingSaveEdit(doc: WorkspaceDoc, mapping: ActualsMapping): Edit | null {
  const saved = savedMapping(doc, mapping.id)
  // Defaults never saved stay unsaved: the next import starts from the same defaults.
  const unchanged =
    saved === undefined ? sameMapping({ id: mapping.id }, mapping) : sameMapping(saved, mapping)
  if (unchanged) return null
  const others = (doc.actualsMappings ?? []).filter((entry) => entry.id !== mapping.id)
  return {
    op: 'set',
    path: paths.actualsMappings(),
    value: asJson([...others, canonicalMapping(mapping)]),
  }
}
