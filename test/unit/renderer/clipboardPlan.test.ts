import { describe, expect, it } from 'vitest'
import {
  movedCellPath,
  parseTsv,
  planFillDown,
  planPaste,
  toTsv,
  valuesLeftOut,
} from '../../../renderer/src/grids/clipboardPlan'

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
    expect(plan).toMatchObject({ cellsBelow: [], missingRows: 0, valuesBelow: 0 })
    expect(plan.pastRightEdge).toEqual([])
    expect(plan.overReadOnly).toEqual([])
  })

  it('plans a 3×3 block on the last row: 3 cells land, 2 rows with 6 values are missing', () => {
    const plan = planPaste(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
        ['g', 'h', 'i'],
      ],
      { rowIndex: 4, colIndex: 0 },
      fourColumns,
    )
    expect(plan.cells).toEqual([
      { rowIndex: 4, colIndex: 0, raw: 'a' },
      { rowIndex: 4, colIndex: 1, raw: 'b' },
      { rowIndex: 4, colIndex: 2, raw: 'c' },
    ])
    expect(plan.cellsBelow.map((cell) => [cell.rowIndex, cell.colIndex, cell.raw])).toEqual([
      [5, 0, 'd'],
      [5, 1, 'e'],
      [5, 2, 'f'],
      [6, 0, 'g'],
      [6, 1, 'h'],
      [6, 2, 'i'],
    ])
    expect(plan).toMatchObject({ missingRows: 2, valuesBelow: 6 })
    // Pasting only what fits leaves the 6 out; adding the 2 rows leaves none out.
    expect(valuesLeftOut(plan, false)).toEqual({
      belowLastRow: 6,
      pastLastColumn: 0,
      overReadOnly: 0,
    })
    expect(valuesLeftOut(plan, true)).toEqual({
      belowLastRow: 0,
      pastLastColumn: 0,
      overReadOnly: 0,
    })
  })

  it('lists the values past the last column, in every row, below the last row too', () => {
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
    expect(plan.pastRightEdge).toEqual([
      { rowIndex: 3, colIndex: 4 },
      { rowIndex: 4, colIndex: 4 },
      { rowIndex: 5, colIndex: 4 },
    ])
    expect(plan).toMatchObject({ missingRows: 1, valuesBelow: 3 })
    // Row 5's 'i' is counted once: below the last row when only what fits is pasted.
    expect(valuesLeftOut(plan, false)).toEqual({
      belowLastRow: 3,
      pastLastColumn: 2,
      overReadOnly: 0,
    })
    expect(valuesLeftOut(plan, true)).toEqual({
      belowLastRow: 0,
      pastLastColumn: 3,
      overReadOnly: 0,
    })
  })

  it('counts ragged rows value by value', () => {
    const plan = planPaste([['a'], ['b', 'c', 'd']], { rowIndex: 4, colIndex: 3 }, fourColumns)
    expect(plan.cells).toEqual([{ rowIndex: 4, colIndex: 3, raw: 'a' }])
    expect(plan).toMatchObject({ missingRows: 1, valuesBelow: 3 })
    expect(plan.pastRightEdge).toHaveLength(2)
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
    expect(plan.overReadOnly).toEqual([{ rowIndex: 0, colIndex: 1 }])
    expect(valuesLeftOut(plan, false)).toEqual({
      belowLastRow: 0,
      pastLastColumn: 0,
      overReadOnly: 1,
    })
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

describe('movedCellPath', () => {
  it("moves the template row's cell to the new entity", () => {
    expect(
      movedCellPath('features/chat/pricePerUnit', 'features/chat', 'features/new-feature'),
    ).toBe('features/new-feature/pricePerUnit')
    expect(
      movedCellPath(
        'features/chat/steps/loop/inputTokens',
        'features/chat/steps/loop',
        'features/chat/steps/new-step',
      ),
    ).toBe('features/chat/steps/new-step/inputTokens')
  })

  it('has no cell where the template is read-only or edits outside its entity', () => {
    expect(movedCellPath(null, 'features/chat', 'features/new')).toBeNull()
    expect(movedCellPath('plans/pro/seatPrice', 'features/chat', 'features/new')).toBeNull()
    // A sibling whose id starts with the template's is another entity.
    expect(movedCellPath('features/chat-2/unit', 'features/chat', 'features/new')).toBeNull()
    // The entity's own path is no cell inside it.
    expect(movedCellPath('features/chat', 'features/chat', 'features/new')).toBeNull()
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
