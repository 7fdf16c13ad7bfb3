/** What the team counts on: planned and shipped items that still apply, each judged alone. */
import { describe, expect, it } from 'vitest'
import { plannedTotal, type LeverEvaluation, type OverrideChange } from '../../../shared/backlog'
import type { BacklogItem, BacklogStatus } from '../../../shared/model/types'

const item = (id: string, status: BacklogStatus): BacklogItem => ({
  id,
  title: id,
  overrides: [],
  status,
})

const judged = (id: string, delta: number, error?: string): LeverEvaluation<OverrideChange> => ({
  lever: { id, overrides: [] },
  deltaGrossProfitQuarter: delta,
  deltaMarginPts: null,
  features: [],
  paybackMonths: null,
  ...(error === undefined ? {} : { error }),
})

describe('the planned total', () => {
  it('adds planned and shipped items, never ideas, dropped items or ones that no longer apply', () => {
    const items = [
      item('a', 'planned'),
      item('b', 'shipped'),
      item('c', 'idea'),
      item('d', 'dropped'),
      item('e', 'planned'),
      item('f', 'planned'),
    ]
    const evaluations = [
      judged('a', 1200),
      judged('b', -200),
      judged('c', 5000),
      judged('d', 7000),
      judged('e', 0, 'no feature "gone"'),
    ]
    // f has no evaluation yet (added since the last one): it adds nothing until it has.
    expect(plannedTotal(items, evaluations)).toEqual({ count: 2, deltaGrossProfitQuarter: 1000 })
    expect(plannedTotal([], evaluations)).toEqual({ count: 0, deltaGrossProfitQuarter: 0 })
  })
})
