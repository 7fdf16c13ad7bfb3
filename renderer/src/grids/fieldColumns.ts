/**
 * Column declarations for entity fields, so a grid lists its fields in one line each:
 * `field('pricePerUnit', 'Price / unit', 'money', { unit: '$' })` edits `features/<id>/pricePerUnit`.
 */
import { effectiveValueOf, type FieldKind as DefaultsKind } from '../../../shared/model/defaults'
import type { CellValue, FieldKind, GridColumn } from './gridColumn'
import { childPath } from '../../../shared/model/paths/build'

export type FieldOptions<Row> = Partial<
  Omit<GridColumn<Row>, 'id' | 'label' | 'kind' | 'value' | 'path'>
>

/**
 * Binds rows to an entity and its edit path; `defaults` names the §2 rules that say what a blank
 * optional field stands for.
 */
export function fieldColumns<Row, Entity extends object>(
  entityOf: (row: Row) => Entity,
  pathOf: (row: Row) => string,
  defaults?: DefaultsKind,
) {
  return function field(
    name: keyof Entity & string,
    label: string,
    kind: FieldKind,
    options: FieldOptions<Row> = {},
  ): GridColumn<Row> {
    return {
      id: name,
      label,
      kind,
      value: (row) => (entityOf(row) as Record<string, unknown>)[name] as CellValue,
      path: (row) => childPath(pathOf(row), name),
      fallback:
        options.optional && defaults !== undefined
          ? (row) => effectiveValueOf(defaults, entityOf(row), name)
          : undefined,
      ...options,
    }
  }
}

/** A read-only column of a computed figure (engine results). */
export function computedColumn<Row>(
  id: string,
  label: string,
  kind: FieldKind,
  value: (row: Row) => CellValue,
  options: FieldOptions<Row> = {},
): GridColumn<Row> {
  return { id, label, kind, value, ...options }
}
