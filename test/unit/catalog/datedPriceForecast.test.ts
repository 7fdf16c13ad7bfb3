/**
 * Issue check: a forecast spanning a dated price change uses the old price before the date and
 * the new one after. claude-sonnet-5 comes from the shipped snapshot ($2/$10 undated, $3/$15
 * from 2026-09-01) into a workspace starting 2026-06, through a refresh as the app imports it.
 */
import { describe, expect, it } from 'vitest'
import { compute, evaluateMonth } from '../../../shared/engine'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { cohort, feature, plan, step, workspace } from '../engine/builders'
import { catalogModel, SNAPSHOT_AS_OF, snapshotBook } from './realSnapshot'
import { applyRefresh } from './refreshHelpers'

const INPUT = 10_000
const OUTPUT = 1_000
const UNITS = 1_000

/** 10,000 in and 1,000 out per unit: Jun–Aug 10,000 × $2/1e6 + 1,000 × $10/1e6 = $0.03. */
const BEFORE = (INPUT * 2) / 1e6 + (OUTPUT * 10) / 1e6
/** From Sep: 10,000 × $3/1e6 + 1,000 × $15/1e6 = $0.045. */
const AFTER = (INPUT * 3) / 1e6 + (OUTPUT * 15) / 1e6

function importedWorkspace(): WorkspaceDoc {
  const book = snapshotBook()
  const sonnet = catalogModel(book, 'anthropic', 'claude-sonnet-5')
  // The feature routes to the model's workspace id before it exists; the refresh adds it.
  const doc = workspace({
    startMonth: '2026-06',
    horizonMonths: 6,
    features: [
      feature('chat', {
        pricePerUnit: 0.1,
        steps: [step('answer', 'claude-sonnet-5', { inputTokens: INPUT, outputTokens: OUTPUT })],
      }),
    ],
    plans: [plan('p')],
    cohorts: [cohort('c', 'p', [{ featureId: 'chat', unitsPerSeat: UNITS }])],
  })
  const only = { ...book, models: [sonnet] }
  return applyRefresh(doc, only, { addAll: true, asOf: SNAPSHOT_AS_OF }).doc
}

describe('a forecast across claude-sonnet-5’s price change on 2026-09-01', () => {
  const doc = importedWorkspace()

  it('imports the model with both points', () => {
    expect(doc.models.map((m) => [m.id, m.sourceId, m.prices.length])).toEqual([
      ['claude-sonnet-5', 'claude-sonnet-5', 2],
    ])
  })

  it('costs a unit at $2/$10 in June, July and August', () => {
    for (const month of [0, 1, 2]) {
      expect(evaluateMonth(doc, month).features[0]!.costPerUnit).toBeCloseTo(BEFORE, 12)
    }
  })

  it('costs a unit at $3/$15 from September', () => {
    for (const month of [3, 4, 5]) {
      expect(evaluateMonth(doc, month).features[0]!.costPerUnit).toBeCloseTo(AFTER, 12)
    }
  })

  it('shows the step in the forecast: cogs $30 a month, then $45 from 2026-09', () => {
    const { forecast } = compute(doc)
    expect(forecast.map((row) => row.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    // 1,000 units × $0.03 = $30; × $0.045 = $45.
    const cogs = forecast.map((row) => row.cogs)
    cogs.slice(0, 3).forEach((c) => expect(c).toBeCloseTo(UNITS * BEFORE, 9))
    cogs.slice(3).forEach((c) => expect(c).toBeCloseTo(UNITS * AFTER, 9))
  })

  it('gives the same cost per unit through compute at a chosen month', () => {
    expect(compute(doc, { month: 2 }).features[0]!.costPerUnit).toBeCloseTo(BEFORE, 12)
    expect(compute(doc, { month: 3 }).features[0]!.costPerUnit).toBeCloseTo(AFTER, 12)
  })
})
