import { describe, expect, it } from 'vitest'
import { parseTsv, planFillDown, planPaste, toTsv } from '../../../renderer/src/grids/clipboardPlan'

describe('parseTsv', () => {
  it('reads a block copied from a spreadsheet, dropping the trailing newline', () => {
    expect(parseTsv('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ])
  })

  it('reads Windows line endings', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('keeps quoted cells whole: tabs, newlines and doubled quotes inside', () => {
    expect(parseTsv('"a\tb"\t"line 1\nline 2"\t"say ""hi"""\n')).toEqual([
      ['a\tb', 'line 1\nline 2', 'say "hi"'],
    ])
  })

  it('keeps empty cells, which clear their targets', () => {
    expect(parseTsv('1\t\t3')).toEqual([['1', '', '3']])
  })

  it('reads a single value', () => {
    expect(parseTsv('$1,200')).toEqual([['$1,200']])
  })
})

describe('toTsv', () => {
  it('writes rows that read back cell for cell', () => {
    const rows = [
      ['Support agent', '12.5%', '0.0123'],
      ['tab\there', 'new\nline', 'quote "q"'],
    ]
    expect(parseTsv(toTsv(rows))).toEqual(rows)
  })
})

describe('planPaste', () => {
  const fourColumns = { rowCount: 5, editableColumns: [true, true, true, true] }

  it('lays the block from the focused cell, row by row', () => {
    const plan = planPaste(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      { rowIndex: 1, colIndex: 2 },
      fourColumns,
    )
    expect(plan.cells).toEqual([
      { rowIndex: 1, colIndex: 2, raw: 'a' },
      { rowIndex: 1, colIndex: 3, raw: 'b' },
      { rowIndex: 2, colIndex: 2, raw: 'c' },
      { rowIndex: 2, colIndex: 3, raw: 'd' },
      { rowIndex: 3, colIndex: 2, raw: 'e' },
      { rowIndex: 3, colIndex: 3, raw: 'f' },
    ])
    expect(plan.clippedRows).toBe(0)
    expect(plan.clippedColumns).toBe(0)
  })

  it('clips at the last row and the last column instead of adding rows', () => {
    const plan = planPaste(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
        ['g', 'h', 'i'],
      ],
      { rowIndex: 3, colIndex: 2 },
      fourColumns,
    )
    expect(plan.cells).toEqual([
      { rowIndex: 3, colIndex: 2, raw: 'a' },
      { rowIndex: 3, colIndex: 3, raw: 'b' },
      { rowIndex: 4, colIndex: 2, raw: 'd' },
      { rowIndex: 4, colIndex: 3, raw: 'e' },
    ])
    expect(plan.clippedRows).toBe(1)
    expect(plan.clippedColumns).toBe(1)
  })

  it('skips read-only columns the block covers', () => {
    const plan = planPaste(
      [['a', 'b', 'c']],
      { rowIndex: 0, colIndex: 0 },
      {
        rowCount: 1,
        editableColumns: [true, false, true],
      },
    )
    expect(plan.cells).toEqual([
      { rowIndex: 0, colIndex: 0, raw: 'a' },
      { rowIndex: 0, colIndex: 2, raw: 'c' },
    ])
  })

  it('fills the focused column of every selected row with a single pasted value', () => {
    const plan = planPaste(
      [['7']],
      { rowIndex: 2, colIndex: 1 },
      {
        ...fourColumns,
        selectedRowIndexes: [0, 2, 4],
      },
    )
    expect(plan.cells).toEqual([
      { rowIndex: 0, colIndex: 1, raw: '7' },
      { rowIndex: 2, colIndex: 1, raw: '7' },
      { rowIndex: 4, colIndex: 1, raw: '7' },
    ])
  })

  it('pastes a single value into the focused cell alone when one row is selected', () => {
    const plan = planPaste(
      [['7']],
      { rowIndex: 2, colIndex: 1 },
      {
        ...fourColumns,
        selectedRowIndexes: [2],
      },
    )
    expect(plan.cells).toEqual([{ rowIndex: 2, colIndex: 1, raw: '7' }])
  })
})

describe('planFillDown', () => {
  it('copies the cell above into the focused cell', () => {
    expect(planFillDown({ rowIndex: 3, colIndex: 1 }, [])).toEqual({
      source: { rowIndex: 2, colIndex: 1 },
      targets: [{ rowIndex: 3, colIndex: 1 }],
    })
  })

  it('has nothing to copy on the first row', () => {
    expect(planFillDown({ rowIndex: 0, colIndex: 1 }, [0])).toBeNull()
  })

  it("copies the first selected row's value to the other selected rows", () => {
    expect(planFillDown({ rowIndex: 4, colIndex: 2 }, [4, 1, 3])).toEqual({
      source: { rowIndex: 1, colIndex: 2 },
      targets: [
        { rowIndex: 3, colIndex: 2 },
        { rowIndex: 4, colIndex: 2 },
      ],
    })
  })
})
