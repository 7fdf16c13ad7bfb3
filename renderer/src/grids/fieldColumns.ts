/**
 * Column declarations for entity fields, so a grid lists its fields in one line each:
 * `field('pricePerUnit', 'Price / unit', 'money', { unit: '$' })` edits `features/<id>/pricePerUnit`.
 */
import type { ExplainRequest } from '../../../shared/engine/explain'
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

/** A cell's value as a number for formatters that take one; null for text or a blank. */
export const asNumber = (value: CellValue): number | null =>
  typeof value === 'number' ? value : null

/** How a grid's computed figures read a row: its engine result, and a figure's explanation. */
export interface ResultBinding<Row, Result, Id extends string> {
  result(row: Row): Result | undefined
  explain(row: Row, id: Id): ExplainRequest
  group: string
  /** A figure's header tooltip, from its label, unit and what it is (`about`). */
  headerTooltip(figure: { label: string; unit?: string; about?: string }): string
}

/** A figure column's options; `about` says what the figure is, for its header tooltip. */
export type FigureOptions<Row> = FieldOptions<Row> & { about?: string }

/**
 * Binds read-only columns of one result's figures to the rows: blank where a row has no result,
 * formatted from the figure's number, explained on hover or `?`, under the binding's group.
 */
export function resultColumns<Row, Result, Id extends string>(
  binding: ResultBinding<Row, Result, Id>,
) {
  return function computed(
    id: Id,
    label: string,
    kind: FieldKind,
    pick: (result: Result) => number | null,
    format: (value: number | null) => string,
    { about, ...options }: FigureOptions<Row> = {},
  ): GridColumn<Row> {
    const value = (row: Row) => {
      const result = binding.result(row)
      return result === undefined ? null : pick(result)
    }
    return computedColumn(id, label, kind, value, {
      group: binding.group,
      format: (value) => format(asNumber(value)),
      headerTooltip: binding.headerTooltip({ label, unit: options.unit, about }),
      explain: (row) => (binding.result(row) === undefined ? null : binding.explain(row, id)),
      ...options,
    })
  }
}
