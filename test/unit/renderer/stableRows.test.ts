import { describe, expect, it } from 'vitest'
import { RowKeeper } from '../../../renderer/src/grids/useStableRows'

interface Row {
  id: string
  result: { margin: number; layers: { inference: number } }
}

const rowId = (row: Row) => row.id
const row = (id: string, margin: number, inference = 1): Row => ({
  id,
  result: { margin, layers: { inference } },
})

describe('RowKeeper: rows rebuilt per edit keep their identity when unchanged', () => {
  it('keeps the previous object of a row whose content is equal, takes the new one otherwise', () => {
    const keeper = new RowKeeper<Row>()
    const first = keeper.keep([row('a', 10), row('b', 20)], rowId)
    const second = keeper.keep([row('a', 10), row('b', 21)], rowId)
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(second[1]?.result.margin).toBe(21)
  })

  it('sees a change nested in the row (a layer of the result)', () => {
    const keeper = new RowKeeper<Row>()
    const first = keeper.keep([row('a', 10, 1)], rowId)
    const second = keeper.keep([row('a', 10, 2)], rowId)
    expect(second[0]).not.toBe(first[0])
    expect(second[0]?.result.layers.inference).toBe(2)
  })

  it('returns the previous list itself when no row changed, and a new one when rows move', () => {
    const keeper = new RowKeeper<Row>()
    const first = keeper.keep([row('a', 10), row('b', 20)], rowId)
    expect(keeper.keep([row('a', 10), row('b', 20)], rowId)).toBe(first)
    const reordered = keeper.keep([row('b', 20), row('a', 10)], rowId)
    expect(reordered).not.toBe(first)
    expect(reordered.map(rowId)).toEqual(['b', 'a'])
    expect(reordered[0]).toBe(first[1])
  })
})
