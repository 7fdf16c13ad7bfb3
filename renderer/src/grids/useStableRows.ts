import { useMemo, useState } from 'react'

/** Plain data only (rows hold documents and engine results); deeper than this counts as changed. */
const MAX_DEPTH = 4

function sameContent(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.every((key) => key in recordB && sameContent(recordA[key], recordB[key], depth - 1))
}

class ValueKeeper<T> {
  constructor(private last: T) {}

  keep(value: T): T {
    if (!sameContent(this.last, value, MAX_DEPTH)) this.last = value
    return this.last
  }
}

/** Remembers the rows last handed to the grid, by id. */
export class RowKeeper<Row> {
  private byId = new Map<string, Row>()
  private last: Row[] = []

  keep(rows: Row[], rowId: (row: Row) => string): Row[] {
    const byId = new Map<string, Row>()
    const kept = rows.map((row) => {
      const id = rowId(row)
      const before = this.byId.get(id)
      const stable = before !== undefined && sameContent(before, row, MAX_DEPTH) ? before : row
      byId.set(id, stable)
      return stable
    })
    this.byId = byId
    const unchanged =
      kept.length === this.last.length && kept.every((row, i) => row === this.last[i])
    if (!unchanged) this.last = kept
    return this.last
  }
}

/** `value`, or the previous one while their content is the same (footer rows rebuilt per render). */
export function useStableValue<T>(value: T): T {
  const [keeper] = useState(() => new ValueKeeper(value))
  return useMemo(() => keeper.keep(value), [keeper, value])
}

/**
 * Screens rebuild their rows whenever the engine's result changes, which is on every edit; ag-grid
 * redraws each row whose object is new. Rows whose content is unchanged keep their previous
 * object (and an unchanged list its previous array), so an edit redraws only the rows it moved.
 */
export function useStableRows<Row>(rows: Row[], rowId: (row: Row) => string): Row[] {
  const [keeper] = useState(() => new RowKeeper<Row>())
  return useMemo(() => keeper.keep(rows, rowId), [keeper, rows, rowId])
}
