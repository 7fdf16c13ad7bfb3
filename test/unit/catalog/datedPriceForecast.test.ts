/**
 * Issue check: a forecast spanning a dated price change uses the old price before the date and
 * the new one after. claude-sonnet-5 comes from the shipped snapshot ($2/$10 undated, $3/$15
 * from 2026-09-01) into a workspace starting 2026-06, through a refresh as the app imports it.
 */
import { describe, expect, it } from 'vitest'
import { compute, evaluateMonth } from '../../../shared/engine'
import type { Model, WorkspaceDoc } from '../../../shared/model/types'
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

/** A six-month workspace from 2026-06 whose one feature calls claude-sonnet-5. */
function chatWorkspace(models: Model[]): WorkspaceDoc {
  return workspace({
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
    models,
  })
}

function importedWorkspace(): WorkspaceDoc {
  const book = snapshotBook()
  const sonnet = catalogModel(book, 'anthropic', 'claude-sonnet-5')
  // The feature routes to the model's workspace id before it exists; the refresh adds it.
  const only = { ...book, models: [sonnet] }
  return applyRefresh(chatWorkspace([]), only, { addAll: true, asOf: SNAPSHOT_AS_OF }).doc
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

describe('a hand-typed claude-sonnet-5 refreshed from the snapshot', () => {
  /** Typed in by hand at the launch price, $2/$10 ($0.2 cached, $2.5 cache write), from 2025. */
  const launch = {
    from: '2025-01-01',
    inputPerMTok: 2,
    outputPerMTok: 10,
    cacheReadPerMTok: 0.2,
    cacheWritePerMTok: 2.5,
  }
  const handTyped: Model = {
    id: 'claude-sonnet-5',
    name: 'Claude Sonnet 5',
    provider: 'anthropic',
    kind: 'api',
    prices: [launch],
  }
  const book = snapshotBook()
  const only = { ...book, models: [catalogModel(book, 'anthropic', 'claude-sonnet-5')] }
  const { plan, doc } = applyRefresh(chatWorkspace([handTyped]), only, {
    addAll: false,
    asOf: SNAPSHOT_AS_OF,
  })

  it('keeps its own point and appends the file’s 2026-09-01 change', () => {
    // 2026-09-01 $3/$15/$0.3/$3.75: in force that day is the 2025-01-01 point, so it is new and
    // appended. The undated $2/$10/$0.2/$2.5 is the price on 2026-08-21 (the dated point starts
    // later), the hand-typed price in force then: nothing for it.
    expect(doc.models[0]!.prices).toEqual([
      launch,
      {
        from: '2026-09-01',
        inputPerMTok: 3,
        outputPerMTok: 15,
        cacheReadPerMTok: 0.3,
        cacheWritePerMTok: 3.75,
      },
    ])
    expect(doc.models[0]!.sourceId).toBe('claude-sonnet-5')
    expect([plan.pointsAdded, plan.pointsReplaced]).toEqual([1, 0])
  })

  it('costs a unit at $2/$10 until August and at $3/$15 from September', () => {
    const costs = [0, 1, 2, 3, 4, 5].map((month) => evaluateMonth(doc, month).features[0]!)
    costs.slice(0, 3).forEach((c) => expect(c.costPerUnit).toBeCloseTo(BEFORE, 12))
    costs.slice(3).forEach((c) => expect(c.costPerUnit).toBeCloseTo(AFTER, 12))
  })
})
