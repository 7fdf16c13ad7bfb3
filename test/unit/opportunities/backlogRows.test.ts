import { describe, expect, it } from 'vitest'
import type { BacklogItem, BacklogStatus } from '../../../shared/model/types'
import {
  backlogFigures,
  backlogHint,
  backlogRows,
  totalRow,
  type ItemEvaluation,
} from '../../../renderer/src/views/opportunities/backlog/backlogRows'

const item = (id: string, status: BacklogStatus): BacklogItem => ({
  id,
  title: id,
  overrides: [],
  status,
})

function evaluation(of: BacklogItem, gain: number, error?: string): ItemEvaluation {
  return {
    lever: of,
    deltaGrossProfitQuarter: error === undefined ? gain : 0,
    deltaMarginPts: null,
    features: [],
    paybackMonths: null,
    ...(error === undefined ? {} : { error }),
  }
}

describe('backlog rows', () => {
  const items = [
    item('idea', 'idea'),
    item('planned', 'planned'),
    item('shipped', 'shipped'),
    item('dropped', 'dropped'),
    item('stale', 'planned'),
    item('new', 'planned'),
  ]
  // Ranked by the evaluator, not stored order; "new" was added after the last evaluation.
  const evaluations = [
    evaluation(items[2]!, 300),
    evaluation(items[0]!, 1000),
    evaluation(items[1]!, 200),
    evaluation(items[3]!, 50),
    evaluation(items[4]!, 0, 'unknown step "loop"'),
  ]

  it('lists the items as stored, each beside its own evaluation', () => {
    const rows = backlogRows(items, evaluations)
    expect(rows.map((row) => (row.kind === 'item' ? row.item.id : row.kind))).toEqual(
      items.map((i) => i.id),
    )
    expect(rows.map((row) => (row.kind === 'item' ? row.evaluation?.lever.id : null))).toEqual([
      'idea',
      'planned',
      'shipped',
      'dropped',
      'stale',
      undefined,
    ])
  })

  it('totals what is planned or shipped and still applies', () => {
    expect(totalRow(items, evaluations)).toEqual({ kind: 'total', grossProfit: 500 })
  })

  it('keeps the last evaluation’s figures, updating, while the next is on its way', () => {
    expect(backlogFigures({ status: 'ready', value: evaluations, current: true })).toEqual({
      evaluations,
      state: 'ready',
    })
    expect(backlogFigures({ status: 'ready', value: evaluations, current: false })).toEqual({
      evaluations,
      state: 'updating',
    })
  })

  it('shows no total before the first evaluation, nor when it failed', () => {
    for (const answer of [
      { status: 'computing' } as const,
      { status: 'failed', message: 'boom' } as const,
    ]) {
      const figures = backlogFigures(answer)
      expect(figures).toEqual({ evaluations: null, state: answer.status })
      expect(totalRow(items, figures.evaluations)).toEqual({ kind: 'total', grossProfit: null })
      const rows = backlogRows(items, figures.evaluations)
      expect(rows.map((row) => (row.kind === 'item' ? row.evaluation : null))).toEqual(
        items.map(() => undefined),
      )
    }
  })

  it('says in the hint that the figures are updating, evaluating, or cannot be had', () => {
    const ready = { status: 'ready', value: evaluations, current: true } as const
    expect(backlogHint(ready, true)).toMatch(/^The levers the team keeps/)
    expect(backlogHint({ ...ready, current: false }, true)).toMatch(/^Updating…/)
    expect(backlogHint({ status: 'computing' }, true)).toMatch(/^Evaluating/)
    expect(backlogHint({ status: 'failed', message: 'boom' }, true)).toBe(
      'The items cannot be evaluated: boom',
    )
    expect(backlogHint({ status: 'computing' }, false)).toMatch(/^The levers the team keeps/)
  })
})
