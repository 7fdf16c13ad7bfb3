/**
 * Episodes against a naive reading of §10 over random 30-day histories: for every rule, subject
 * and day, an alert is open exactly when the condition holds that day, recomputed here by summing
 * each window's days one by one. So an alert's opening day satisfies the condition, the day
 * before it does not, and one subject's episodes of one rule never overlap. Amounts are whole
 * dollars, so both sides sum exactly and compare the very same numbers.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateAlerts, type Alert } from '../../../../shared/actuals/alerts'
import { addDays, dayDiff, eachDay } from '../../../../shared/actuals/days'
import type { CustomerDay, DailyFacts, FeatureDay } from '../../../../shared/actuals/facts'
import type { AlertRuleId } from '../../../../shared/model/types'
import { feature, workspace } from '../../engine/builders'

const FROM = '2026-01-01'
const TO = '2026-01-30'
const DAYS = eachDay(FROM, TO)
const RUNS = 300

interface Row {
  day: string
  units: number
  cost: number
  revenue: number | null
}

const amount = fc.integer({ min: 0, max: 100 })
const windowDays = fc.integer({ min: 1, max: 9 })
const dayRow = fc.record({
  units: fc.integer({ min: 0, max: 5 }),
  cost: amount,
  revenue: fc.option(amount, { nil: null }),
})

const history = fc.record({
  floorPct: fc.integer({ min: 20, max: 80 }),
  yellowBandPts: fc.integer({ min: 0, max: 20 }),
  windows: fc.tuple(windowDays, windowDays, windowDays, windowDays),
  risePct: fc.integer({ min: 1, max: 50 }),
  ratio: fc.constantFrom(0.5, 0.8, 1.2),
  // A missing day (undefined) has no FeatureDay: zero cost, zero revenue.
  featureDays: fc.array(fc.option(dayRow, { nil: undefined }), {
    minLength: DAYS.length,
    maxLength: DAYS.length,
  }),
  // Any number of rows per customer and day: they add up.
  customerDays: fc.array(
    fc.record({
      customerId: fc.constantFrom('c1', 'c2', 'unassigned'),
      at: fc.integer({ min: 0, max: DAYS.length - 1 }),
      row: dayRow,
    }),
    { maxLength: 80 },
  ),
})

/** Each day's rows added up, by day. */
function byDay(rows: readonly Row[]): Map<string, Row> {
  const days = new Map<string, Row>()
  for (const row of rows) {
    const sum = days.get(row.day) ?? { day: row.day, units: 0, cost: 0, revenue: null }
    days.set(row.day, {
      day: row.day,
      units: sum.units + row.units,
      cost: sum.cost + row.cost,
      revenue: (sum.revenue ?? 0) + (row.revenue ?? 0),
    })
  }
  return days
}

type Daily = ReadonlyMap<string, Row>

/** Σ field over the `w` days ending on `day`, one day at a time; null before the first day. */
function naiveSum(rows: Daily, day: string, w: number, field: 'units' | 'cost' | 'revenue') {
  if (dayDiff(FROM, day) - w + 1 < 0) return null
  let sum = 0
  for (let k = 0; k < w; k++) sum += rows.get(addDays(day, -k))?.[field] ?? 0
  return sum
}

const naiveMargin = (rows: Daily, day: string, w: number): number | null => {
  const revenue = naiveSum(rows, day, w, 'revenue')
  const cost = naiveSum(rows, day, w, 'cost')
  return revenue === null || cost === null || revenue === 0
    ? null
    : ((revenue - cost) / revenue) * 100
}

const naiveRatio = (
  rows: Daily,
  day: string,
  w: number,
  numerator: 'cost',
  denominator: 'units' | 'revenue',
): number | null => {
  const top = naiveSum(rows, day, w, numerator)
  const bottom = naiveSum(rows, day, w, denominator)
  return top === null || bottom === null || bottom === 0 ? null : top / bottom
}

/** Which days each alert of one rule and subject covers: [openedOn, closedOn). */
const covers = (alerts: readonly Alert[], day: string): boolean =>
  alerts.some((alert) => alert.openedOn <= day && (alert.closedOn === null || day < alert.closedOn))

function expectEpisodesOf(alerts: readonly Alert[], holds: (day: string) => boolean): void {
  alerts.forEach((alert, i) => {
    expect(holds(alert.openedOn)).toBe(true)
    if (alert.openedOn > FROM) expect(holds(addDays(alert.openedOn, -1))).toBe(false)
    if (alert.closedOn !== null) expect(holds(alert.closedOn)).toBe(false)
    const next = alerts[i + 1]
    if (next) expect(alert.closedOn !== null && alert.closedOn < next.openedOn).toBe(true)
  })
  expect(DAYS.filter((day) => covers(alerts, day) !== holds(day))).toEqual([])
}

describe('alert episodes', () => {
  it(`match the condition day by day (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(history, (h) => {
        const [red, yellow, ratioDays, jumpDays] = h.windows
        const featureDays: FeatureDay[] = h.featureDays.flatMap((row, i) =>
          row === undefined
            ? []
            : [
                {
                  day: DAYS[i]!,
                  featureId: 'f',
                  calls: row.units,
                  tokenCost: row.cost,
                  expectedCost: row.cost,
                  revenueEstimated: false,
                  drivers: { 'step:s': row.cost },
                  ...row,
                },
              ],
        )
        const customerDays: CustomerDay[] = h.customerDays.map(({ customerId, at, row }) => ({
          day: DAYS[at]!,
          customerId,
          cohortId: null,
          revenueEstimated: false,
          ...row,
        }))
        const facts: DailyFacts = {
          from: FROM,
          to: TO,
          days: DAYS,
          features: featureDays,
          customers: customerDays,
          cohorts: [],
        }
        const doc = workspace({
          features: [feature('f', { floorPct: h.floorPct, yellowBandPts: h.yellowBandPts })],
          alertRules: [
            { id: 'red-3d', enabled: true, windowDays: red },
            { id: 'yellow-7d', enabled: true, windowDays: yellow },
            { id: 'customer-cost-ratio', enabled: true, windowDays: ratioDays, threshold: h.ratio },
            { id: 'cost-per-unit-jump', enabled: true, windowDays: jumpDays, threshold: h.risePct },
          ],
        })
        const alerts = evaluateAlerts({ facts, doc })
        const featureDaily = byDay(featureDays)
        const of = (rule: AlertRuleId, subject: (alert: Alert) => string | undefined, id: string) =>
          alerts.filter((alert) => alert.rule === rule && subject(alert) === id)

        expectEpisodesOf(
          of('red-3d', (a) => a.featureId, 'f'),
          (day) => {
            const margin = naiveMargin(featureDaily, day, red)
            return margin !== null && margin < h.floorPct
          },
        )
        expectEpisodesOf(
          of('yellow-7d', (a) => a.featureId, 'f'),
          (day) => {
            const margin = naiveMargin(featureDaily, day, yellow)
            return margin !== null && margin >= h.floorPct && margin < h.floorPct + h.yellowBandPts
          },
        )
        expectEpisodesOf(
          of('cost-per-unit-jump', (a) => a.featureId, 'f'),
          (day) => {
            const now = naiveRatio(featureDaily, day, jumpDays, 'cost', 'units')
            const before = naiveRatio(
              featureDaily,
              addDays(day, -jumpDays),
              jumpDays,
              'cost',
              'units',
            )
            return now !== null && before !== null && now > before * (1 + h.risePct / 100)
          },
        )
        for (const customer of ['c1', 'c2']) {
          const rows = byDay(customerDays.filter((row) => row.customerId === customer))
          expectEpisodesOf(
            of('customer-cost-ratio', (a) => a.customerId, customer),
            (day) => {
              const ratio = naiveRatio(rows, day, ratioDays, 'cost', 'revenue')
              return ratio !== null && ratio > h.ratio
            },
          )
        }
        expect(alerts.filter((alert) => alert.customerId === 'unassigned')).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })
})
