import { describe, expect, it } from 'vitest'
import { useChoices } from '../../../renderer/src/frame/choiceStore'
import { movedCellPath } from '../../../renderer/src/grids/clipboardPlan'
import { addedEntities, addRowsRefusal } from '../../../renderer/src/grids/collectionActions'
import type { GridColumn } from '../../../renderer/src/grids/gridColumn'
import type { GridLayout } from '../../../renderer/src/grids/gridGestures'
import { pasteGesture, type RowAdder } from '../../../renderer/src/grids/pasteGesture'
import { describeLeftOut, leftOutNote } from '../../../renderer/src/grids/pasteReport'
import { newIdentity } from '../../../renderer/src/ids'

interface Thing {
  id: string
  name: string
  price?: number
}

/** Name, price, then a read-only computed column: a small collection grid. */
const columns: GridColumn<Thing>[] = [
  {
    id: 'name',
    label: 'Name',
    kind: 'text',
    value: (t) => t.name,
    path: (t) => `things/${t.id}/name`,
  },
  {
    id: 'price',
    label: 'Price',
    kind: 'money',
    value: (t) => t.price,
    path: (t) => `things/${t.id}/price`,
  },
  { id: 'margin', label: 'Margin', kind: 'percent', value: () => 50 },
]

const things: Thing[] = [
  { id: 'a', name: 'A', price: 1 },
  { id: 'b', name: 'B', price: 2 },
]

/** The grid with the cell at (rowIndex, colIndex) focused. */
function layoutAt(rowIndex: number, colIndex: number): GridLayout<Thing> {
  return {
    columns,
    rowAt: (index) => things[index],
    rowCount: things.length,
    focused: { rowIndex, colIndex },
    selectedRowIndexes: [],
  }
}

const newThing = (items: readonly Thing[]): Thing => newIdentity('New thing', items)

/** Adds things as the collection's "+ Add" would: what CollectionPanel wires up. */
const adder: RowAdder<Thing> = {
  noun: 'thing',
  refusal: () => addRowsRefusal({ noun: 'thing' }),
  add(count, template) {
    const added = addedEntities(
      {
        noun: 'thing',
        path: 'things',
        items: things,
        selected: undefined,
        create: () => newThing(things),
      },
      count,
    )
    if (typeof added === 'string') return added
    return {
      edits: added.edits,
      rows: added.items.map((item) => ({
        name: item.name,
        cellPath: (column) =>
          movedCellPath(
            column.path?.(template) ?? null,
            `things/${template.id}`,
            `things/${item.id}`,
          ),
      })),
    }
  },
}

/** Answers the paste's question as a person would, once it is asked. */
function answerWith(choice: string | null): void {
  const unsubscribe = useChoices.subscribe((state) => {
    if (state.request === null) return
    unsubscribe()
    state.answer(choice)
  })
}

function question(): Promise<string> {
  return new Promise((resolve) => {
    const unsubscribe = useChoices.subscribe((state) => {
      if (state.request === null) return
      unsubscribe()
      resolve(state.request.message)
      state.answer(null)
    })
  })
}

const block3x3 = 'X\t10\t99\nY\t20\t98\nZ\t30\t97\n'

describe('a 3×3 block pasted on the last row of a collection grid', () => {
  it('asks first, naming the rows it has and the rows missing below', async () => {
    const asked = question()
    await pasteGesture(layoutAt(1, 0), block3x3, (t) => t.name, adder)
    expect(await asked).toBe(
      'The pasted block has 3 rows; 2 rows are missing below. Add 2 new things? ' +
        'Either way, 3 values are left out: 3 over read-only columns.',
    )
  })

  it('adding rows: inserts 2 things as "+ Add" names them, then all 6 editable values', async () => {
    answerWith('add')
    const result = await pasteGesture(layoutAt(1, 0), block3x3, (t) => t.name, adder)
    expect(result).toMatchObject({ kind: 'changes', label: 'Paste 6 cells, adding 2 rows' })
    if (result.kind !== 'changes') return
    expect(result.leadingEdits).toEqual([
      { op: 'insert', path: 'things', value: { id: 'new-thing', name: 'New thing' } },
      { op: 'insert', path: 'things', value: { id: 'new-thing-2', name: 'New thing 2' } },
    ])
    expect(result.changes.map(({ path, value }) => [path, value])).toEqual([
      ['things/b/name', 'X'],
      ['things/b/price', 10],
      ['things/new-thing/name', 'Y'],
      ['things/new-thing/price', 20],
      ['things/new-thing-2/name', 'Z'],
      ['things/new-thing-2/price', 30],
    ])
    expect(result.note).toBe('Pasted 6 of 9 values; left out 3 over read-only columns.')
  })

  it('pasting only what fits: one row, and the note says 6 values did not fit below', async () => {
    answerWith('fit')
    const result = await pasteGesture(layoutAt(1, 0), block3x3, (t) => t.name, adder)
    expect(result).toMatchObject({ kind: 'changes', label: 'Paste 2 cells' })
    if (result.kind !== 'changes') return
    expect(result.leadingEdits).toBeUndefined()
    expect(result.changes.map(({ path }) => path)).toEqual(['things/b/name', 'things/b/price'])
    expect(result.note).toBe(
      'Pasted 2 of 9 values; left out 6 below the last row and 1 over a read-only column.',
    )
  })

  it('cancelled: nothing at all', async () => {
    answerWith(null)
    expect(await pasteGesture(layoutAt(1, 0), block3x3, (t) => t.name, adder)).toEqual({
      kind: 'nothing',
    })
  })

  it('a grid with fixed rows refuses, saying how many values did not fit', async () => {
    expect(await pasteGesture(layoutAt(1, 0), block3x3, (t) => t.name, undefined)).toEqual({
      kind: 'refused',
      reason:
        'Nothing pasted. The pasted block has 3 rows; 2 rows are missing below. 6 values did ' +
        'not fit, and rows cannot be added here (this grid has a fixed set of rows).',
    })
  })
})

describe('a block that fits the rows but not the columns', () => {
  it('pastes what lands and reports the values past the last column', async () => {
    const result = await pasteGesture(layoutAt(0, 1), '5\t?\t7\t8\n', (t) => t.name, adder)
    expect(result).toMatchObject({ kind: 'changes', label: 'Paste 1 cell' })
    if (result.kind !== 'changes') return
    expect(result.changes.map(({ path, value }) => [path, value])).toEqual([['things/a/price', 5]])
    expect(result.note).toBe(
      'Pasted 1 of 4 values; left out 2 past the last column and 1 over a read-only column.',
    )
  })

  it('a block inside the grid says nothing', async () => {
    const result = await pasteGesture(layoutAt(0, 0), 'X\t3\n', (t) => t.name, adder)
    expect(result).toMatchObject({ kind: 'changes', note: null })
  })
})

describe('addedEntities', () => {
  const spec = {
    noun: 'thing',
    path: 'things',
    items: [{ id: 'new-thing', name: 'New thing' }],
    selected: undefined,
    create: () => newThing([{ id: 'new-thing', name: 'New thing' }]),
  }

  it('numbers each new entity on from the ones before it, as repeated adds do', () => {
    const added = addedEntities(spec, 3)
    expect(typeof added === 'string' ? added : added.items).toEqual([
      { id: 'new-thing-2', name: 'New thing 2' },
      { id: 'new-thing-3', name: 'New thing 3' },
      { id: 'new-thing-4', name: 'New thing 4' },
    ])
  })

  it('passes on why create() cannot add', () => {
    expect(addedEntities({ ...spec, create: () => 'Add a plan first' }, 2)).toBe('Add a plan first')
    expect(addedEntities({ ...spec, addsThroughPicker: true }, 1)).toBe(
      'a new thing is added through a picker',
    )
  })
})

describe('describeLeftOut', () => {
  it('lists every reason, and says nothing when nothing is left out', () => {
    expect(describeLeftOut({ belowLastRow: 0, pastLastColumn: 0, overReadOnly: 0 })).toBeNull()
    expect(leftOutNote(3, { belowLastRow: 0, pastLastColumn: 0, overReadOnly: 0 })).toBeNull()
    expect(describeLeftOut({ belowLastRow: 4, pastLastColumn: 1, overReadOnly: 2 })).toBe(
      '4 below the last row, 1 past the last column and 2 over read-only columns',
    )
  })
})
