import { describe, expect, it } from 'vitest'
import type { BacklogItem } from '../../../shared/model/types'
import { parseCell } from '../../../renderer/src/grids/gridColumn'
import {
  backlogColumns,
  FIGURE_CLASS,
  TOTAL_TITLE,
} from '../../../renderer/src/views/opportunities/backlog/backlogColumns'
import type {
  BacklogRow,
  ItemEvaluation,
} from '../../../renderer/src/views/opportunities/backlog/backlogRows'

const item: BacklogItem = {
  id: 'route',
  title: 'Route to mini',
  overrides: [],
  status: 'planned',
  oneOffCost: 12000,
}

const evaluated = (evaluation: Partial<ItemEvaluation>): BacklogRow => ({
  kind: 'item',
  item,
  evaluation: {
    lever: item,
    deltaGrossProfitQuarter: 1015200,
    deltaMarginPts: 16.92,
    features: [],
    paybackMonths: 1,
    ...evaluation,
  },
})

function column(id: string) {
  const found = backlogColumns.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no column ${id}`)
  return found
}

/** The cell's text as the grid shows it. */
function shown(id: string, row: BacklogRow): string {
  const col = column(id)
  return col.format?.(col.value(row), row) ?? String(col.value(row) ?? '')
}

describe('the backlog grid', () => {
  it('shows what an item adds, signed, and its margin change in points', () => {
    expect(shown('gain', evaluated({}))).toBe('+$1,015,200')
    expect(shown('pts', evaluated({}))).toBe('+16.9 pts')
  })

  it('says why an item no longer applies where its gain would be', () => {
    const stale = evaluated({ deltaGrossProfitQuarter: 0, error: 'unknown step "loop"' })
    expect(shown('gain', stale)).toBe('No longer applies: unknown step "loop"')
    expect(column('gain').cellClass?.(stale)).toBe('cell-no-longer-applies')
  })

  it('leaves an item not evaluated yet blank, and titles the total row', () => {
    const fresh: BacklogRow = { kind: 'item', item, evaluation: undefined }
    expect(shown('gain', fresh)).toBe('')
    expect(shown('pts', fresh)).toBe('')
    const total: BacklogRow = { kind: 'total', grossProfit: 1015200 }
    expect(column('title').value(total)).toBe(TOTAL_TITLE)
    expect(shown('gain', total)).toBe('+$1,015,200')
    expect(column('title').path?.(total)).toBeNull()
  })

  it('marks every figure, the total’s included, for the section to dim while it updates', () => {
    const row = evaluated({})
    for (const id of ['gain', 'pts', 'payback']) {
      expect(column(id).cellClass?.(row)).toBe(FIGURE_CLASS)
    }
    expect(column('gain').cellClass?.({ kind: 'total', grossProfit: 1015200 })).toBe(FIGURE_CLASS)
    // The item's own fields are the document's: never behind.
    for (const id of ['title', 'status', 'owner', 'due', 'notes', 'oneOffCost']) {
      expect(column(id).cellClass?.(row)).toBeUndefined()
    }
    // The total's title is no figure either.
    expect(column('title').cellClass?.({ kind: 'total', grossProfit: null })).toBeUndefined()
  })

  it('shows no total before there is an evaluation', () => {
    expect(shown('gain', { kind: 'total', grossProfit: null })).toBe('')
  })

  it('says an item with no overrides is a note until it holds a change', () => {
    const note: BacklogRow = {
      kind: 'item',
      item: { ...item, overrides: [] },
      evaluation: undefined,
    }
    expect(column('gain').tooltip?.(note)).toMatch(/^A note until it holds a change/)
    const change = { path: 'features/complex/pricePerUnit', op: 'set', value: 5 } as const
    const holding: BacklogRow = { ...note, item: { ...item, overrides: [change] } }
    expect(column('gain').tooltip?.(holding)).toBeUndefined()
  })

  it('takes a real day or a blank for the due date', () => {
    const due = column('due')
    expect(parseCell(due, '2027-03-31')).toEqual({ ok: true, value: '2027-03-31' })
    expect(parseCell(due, '')).toEqual({ ok: true, value: null })
    expect(parseCell(due, '2027-02-30')).toMatchObject({ ok: false })
    expect(due.path?.(evaluated({}))).toBe('backlog/route/due')
  })
})
