import { describe, expect, it } from 'vitest'
import type { BacklogItem, BacklogStatus } from '../../../shared/model/types'
import {
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
    expect(totalRow(items, evaluations)).toEqual({
      kind: 'total',
      grossProfit: 500,
    })
  })
})
