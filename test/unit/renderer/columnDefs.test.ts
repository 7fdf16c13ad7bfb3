import type { ColDef, ValueSetterParams } from 'ag-grid-community'
import { describe, expect, it, vi } from 'vitest'
import { toColumnDefs } from '../../../renderer/src/grids/columnDefs'
import type { GridContext } from '../../../renderer/src/grids/gridContext'
import type { GridColumn } from '../../../renderer/src/grids/gridColumn'

interface PriceRow {
  id: string
  price: number
}

const priceColumn: GridColumn<PriceRow> = {
  id: 'price',
  label: 'Price',
  kind: 'money',
  value: (row) => row.price,
  path: (row) => `features[${row.id}].pricePerUnit`,
}

function contextWith(
  editCell: GridContext['editCell'],
  readOnly = false,
): { current: GridContext } {
  return {
    current: {
      baseline: null,
      overridesAt: () => [],
      rangeAt: () => undefined,
      readOnly,
      resetOverride: () => {},
      editCell,
    },
  }
}

describe('column definitions', () => {
  it('hand a typed value to the grid, never to the row, inside the edit that ends it', () => {
    const editCell = vi.fn()
    const [def] = toColumnDefs([priceColumn]) as ColDef<PriceRow>[]
    const row = { id: 'chat', price: 1 }
    const params = {
      data: row,
      newValue: '$1,200',
      context: contextWith(editCell),
    } as unknown as ValueSetterParams<PriceRow>

    const changedInPlace = (def?.valueSetter as (p: ValueSetterParams<PriceRow>) => boolean)(params)

    expect(changedInPlace).toBe(false)
    expect(editCell).toHaveBeenCalledWith('price', row, '$1,200')
    expect(row.price).toBe(1)
  })

  it('open no editor and look computed when the workspace is read-only', () => {
    const [def] = toColumnDefs([priceColumn]) as ColDef<PriceRow>[]
    const params = (readOnly: boolean) => ({
      data: { id: 'chat', price: 1 },
      node: { rowPinned: null },
      context: contextWith(vi.fn(), readOnly),
    })
    const editable = def?.editable as (p: unknown) => boolean
    const classes = def?.cellClass as (p: unknown) => string[]
    expect(editable(params(false))).toBe(true)
    expect(editable(params(true))).toBe(false)
    expect(classes(params(false))).toContain('cell-editable')
    expect(classes(params(true))).toContain('cell-computed')
    expect(classes(params(true))).not.toContain('cell-editable')
  })
})
