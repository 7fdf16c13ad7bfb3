/**
 * The five rules on small generated histories whose episodes are worked out by hand (DESIGN.md
 * §10). Days are counted from 2026-01-01 (day 1); Feb 2026 has 28 days.
 */
import { describe, expect, it } from 'vitest'
import { eachDay } from '../../../../shared/actuals/days'
import type { CustomerDay, DailyFacts, FeatureDay } from '../../../../shared/actuals/facts'
import { evaluateAlerts, type Alert } from '../../../../shared/actuals/alerts'
import type {
  AlertRule,
  AlertRuleId,
  PricePoint,
  WorkspaceDoc,
} from '../../../../shared/model/types'
import { apiModel, feature, step, workspace } from '../../engine/builders'

const FROM = '2026-01-01'

function facts(to: string, parts: Partial<DailyFacts>): DailyFacts {
  return {
    from: FROM,
    to,
    days: eachDay(FROM, to),
    features: [],
    customers: [],
    cohorts: [],
    ...parts,
  }
}

/** One feature's day: its cost is the sum of its drivers'. */
function featureDay(
  featureId: string,
  day: string,
  fields: { units: number; revenue: number | null; drivers: Record<string, number> },
): FeatureDay {
  const cost = Object.values(fields.drivers).reduce((sum, value) => sum + value, 0)
  return {
    day,
    featureId,
    units: fields.units,
    calls: fields.units,
    tokenCost: cost,
    expectedCost: cost,
    cost,
    revenue: fields.revenue,
    revenueEstimated: false,
    drivers: fields.drivers,
  }
}

const ofRule = (alerts: Alert[], rule: AlertRuleId): Alert[] =>
  alerts.filter((alert) => alert.rule === rule)

const withRules = (doc: WorkspaceDoc, alertRules: AlertRule[]): WorkspaceDoc => ({
  ...doc,
  alertRules,
})

describe('cost-per-unit-jump', () => {
  // 60 days, 100 units and $200 a day (margin 75% then 70%: always green for a core feature).
  // Cost per unit $0.50 ($0.30 step:loop + $0.20 component:kb), from day 40 (2026-02-09) $0.60:
  // step:loop alone rises to $0.40.
  const to = '2026-03-01'
  const history = facts(to, {
    features: eachDay(FROM, to).map((day, i) =>
      featureDay('support', day, {
        units: 100,
        revenue: 200,
        drivers: { 'step:loop': i >= 39 ? 40 : 30, 'component:kb': 20 },
      }),
    ),
  })
  const doc = workspace({ features: [feature('support')] })

  it('opens one episode when the 7-day cost per unit beats the previous 7 days by 15%', () => {
    // With k new days in the current window and none in the previous one the cost per unit is
    // (0.5·(7−k) + 0.6·k)/7 = 0.5 + 0.1·k/7, above 0.5 × 1.15 = 0.575 when k > 5.25: k = 6, the
    // window Feb 8..14 (410/700 = 0.5857; k = 5 gives 400/700 = 0.5714). It opens on Feb 14.
    // From Feb 15 the current window is all $0.60; the previous one (d−13..d−7) takes in j new
    // days: (0.5·(7−j) + 0.6·j)/7 × 1.15 ≥ 0.6 once j ≥ 2 (370/700 × 1.15 = 0.6079; j = 1 gives
    // 360/700 × 1.15 = 0.5914 < 0.6). The window Feb 4..10 has j = 2: it closes on Feb 17.
    const alerts = evaluateAlerts({ facts: history, doc })
    expect(alerts).toHaveLength(1)
    const [alert] = alerts
    expect(alert).toMatchObject({
      rule: 'cost-per-unit-jump',
      featureId: 'support',
      openedOn: '2026-02-14',
      closedOn: '2026-02-17',
      driver: 'step:loop',
      severity: 'yellow',
    })
    expect(alert!.value).toBeCloseTo(410 / 700, 12)
    expect(alert!.threshold).toBeCloseTo(0.575, 12)
    expect(alert!.trend).toBeCloseTo(0.5, 12)
  })

  it('fires earlier and longer at a lower threshold', () => {
    // 10%: 0.5 + 0.1·k/7 > 0.55 once k ≥ 4 (Feb 12). It holds while the previous window has
    // j ≤ 3 new days ((350 + 10·j)/700 × 1.1 < 0.6) and closes when j = 4: Feb 19 (d − 7 = Feb 12).
    const alerts = evaluateAlerts({
      facts: history,
      doc: withRules(doc, [{ id: 'cost-per-unit-jump', enabled: true, threshold: 10 }]),
    })
    expect(alerts.map(({ openedOn, closedOn }) => [openedOn, closedOn])).toEqual([
      ['2026-02-12', '2026-02-19'],
    ])
    expect(alerts[0]!.threshold).toBeCloseTo(0.55, 12)
  })

  it('raises nothing when switched off', () => {
    const off = withRules(doc, [{ id: 'cost-per-unit-jump', enabled: false }])
    expect(evaluateAlerts({ facts: history, doc: off })).toEqual([])
  })
})

describe('red-3d and yellow-7d', () => {
  // A core feature (floor 60, band 5): $100 revenue a day; cost $30 (margin 70%) on Jan 1–20,
  // $50 (50%) on Jan 21–25, $30 again from Jan 26 to Feb 9. model:gpt-4o carries what is above
  // component:kb's $10.
  const to = '2026-02-09'
  const costOn = (i: number): number => (i >= 20 && i <= 24 ? 50 : 30)
  const history = facts(to, {
    features: eachDay(FROM, to).map((day, i) =>
      featureDay('search', day, {
        units: 10,
        revenue: 100,
        drivers: { 'model:gpt-4o': costOn(i) - 10, 'component:kb': 10 },
      }),
    ),
  })
  const doc = workspace({ features: [feature('search')] })

  it('opens red-3d the day the 3-day margin first falls below the floor', () => {
    // margin_3: Jan 21 (30+30+50 = 110 of 300) 63.3% holds the floor; Jan 22 (30+50+50 = 130)
    // 56.7% is under it. Jan 26 (50+50+30) is still 56.7%; Jan 27 (50+30+30) is 63.3%: closed.
    const [red, ...others] = ofRule(evaluateAlerts({ facts: history, doc }), 'red-3d')
    expect(others).toEqual([])
    expect(red).toMatchObject({
      featureId: 'search',
      openedOn: '2026-01-22',
      closedOn: '2026-01-27',
      threshold: 60,
      // The window Jan 20–22: gpt-4o 20 + 40 + 40 = $100, kb $30.
      driver: 'model:gpt-4o',
      severity: 'red',
    })
    expect(red!.value).toBeCloseTo(170 / 3, 10)
    // margin_3 one window earlier (Jan 19): 70%.
    expect(red!.trend).toBeCloseTo(70, 10)
  })

  it('holds yellow-7d only in the band, at or above the floor', () => {
    // margin_7 = (700 − Σ cost)/7: Jan 21 230 → 67.1% (green); Jan 22 250 → 64.3% (yellow);
    // Jan 23 270 → 61.4%; Jan 24 290 → 58.6% (under the floor: not yellow, closed); Jan 25–27
    // 310 → 55.7%; Jan 28 290 → 58.6%; Jan 29 270 → 61.4% (yellow again); Jan 30 250 → 64.3%;
    // Jan 31 230 → 67.1% (closed).
    const yellow = ofRule(evaluateAlerts({ facts: history, doc }), 'yellow-7d')
    expect(yellow.map(({ openedOn, closedOn }) => [openedOn, closedOn])).toEqual([
      ['2026-01-22', '2026-01-24'],
      ['2026-01-29', '2026-01-31'],
    ])
    const [first, second] = yellow
    expect(first).toMatchObject({ threshold: 65, driver: 'model:gpt-4o', severity: 'yellow' })
    expect(first!.value).toBeCloseTo(450 / 7, 10)
    expect(first!.trend).toBeCloseTo(70, 10)
    expect(second!.value).toBeCloseTo(430 / 7, 10)
    // One window earlier is Jan 22: 64.3%.
    expect(second!.trend).toBeCloseTo(450 / 7, 10)
  })

  it('reads the window from alertRules', () => {
    // margin_5: Jan 22 (90 + 100 of 500) 62%; Jan 23 (60 + 150) 58%: opens. Jan 27 (150 + 60)
    // 58%; Jan 28 (100 + 90) 62%: closed. One window earlier (Jan 18) 70%.
    const red = ofRule(
      evaluateAlerts({
        facts: history,
        doc: withRules(doc, [{ id: 'red-3d', enabled: true, windowDays: 5 }]),
      }),
      'red-3d',
    )
    expect(red.map(({ openedOn, closedOn, trend }) => [openedOn, closedOn, trend])).toEqual([
      ['2026-01-23', '2026-01-28', 70],
    ])
    expect(red[0]!.value).toBeCloseTo(58, 10)
  })

  it('switches one rule off and leaves the others', () => {
    const alerts = evaluateAlerts({
      facts: history,
      doc: withRules(doc, [{ id: 'red-3d', enabled: false }]),
    })
    expect(ofRule(alerts, 'red-3d')).toEqual([])
    expect(ofRule(alerts, 'yellow-7d')).toHaveLength(2)
  })

  it('judges no window reaching before the first day of data, nor one without revenue', () => {
    // A growth feature (floor 45, band 5) at 48% from day 1: red-3d at a 50% floor opens on
    // Jan 3, the first complete 3-day window, and yellow-7d (45 ≤ 48 < 50) on Jan 7. Neither has
    // a window before them: no trend. A feature with cost and no revenue has no margin at all.
    const tenDays = facts('2026-01-10', {
      features: eachDay(FROM, '2026-01-10').flatMap((day) => [
        featureDay('growth', day, { units: 1, revenue: 100, drivers: { 'step:draft': 52 } }),
        featureDay('free', day, { units: 1, revenue: null, drivers: { 'step:draft': 52 } }),
      ]),
    })
    const alerts = evaluateAlerts({
      facts: tenDays,
      doc: workspace({
        features: [
          feature('growth', { category: 'growth' }),
          feature('free', { category: 'growth' }),
        ],
      }),
    })
    expect(
      alerts.map(({ rule, featureId, openedOn, closedOn, trend }) => [
        rule,
        featureId,
        openedOn,
        closedOn,
        trend,
      ]),
    ).toEqual([['yellow-7d', 'growth', '2026-01-07', null, null]])

    const strict = evaluateAlerts({
      facts: tenDays,
      doc: workspace({ features: [feature('growth', { category: 'growth', floorPct: 50 })] }),
    })
    expect(
      strict.map(({ rule, openedOn, closedOn, trend }) => [rule, openedOn, closedOn, trend]),
    ).toEqual([['red-3d', '2026-01-03', null, null]])
  })
})

describe('customer-cost-ratio', () => {
  // Each customer has $100 revenue a day for 20 days. c1 (cohort smb) costs $70 on Jan 1–10 and
  // $90 from Jan 11; c2 (cohort ent) $50. The unnamed customers cost $95: no one customer.
  const to = '2026-01-20'
  const customerDay = (
    customerId: string,
    cohortId: string | null,
    day: string,
    cost: number,
  ): CustomerDay => ({
    day,
    customerId,
    cohortId,
    units: 1,
    cost,
    revenue: 100,
    revenueEstimated: false,
  })
  const c1Cost = (i: number): number => (i >= 10 ? 90 : 70)
  const doc = workspace({})
  // 7-day cost ÷ revenue of c1: Jan 7 490/700 = 0.7; Jan 11 510/700 = 0.729; Jan 12 0.757;
  // Jan 13 550/700 = 0.786; Jan 14 (3 × 70 + 4 × 90 = 570)/700 = 0.814 > 0.8: opens Jan 14.
  // From Jan 17 it is 0.9: still open at the end. One window earlier (Jan 7): 0.7.
  const expected = {
    rule: 'customer-cost-ratio',
    openedOn: '2026-01-14',
    closedOn: null,
    threshold: 0.8,
    driver: null,
    severity: 'red',
  }

  it('alerts on a named customer, never on the unassigned rest', () => {
    const history = facts(to, {
      customers: eachDay(FROM, to).flatMap((day, i) => [
        customerDay('c1', 'smb', day, c1Cost(i)),
        customerDay('c2', 'ent', day, 50),
        customerDay('unassigned', null, day, 95),
      ]),
    })
    const alerts = evaluateAlerts({ facts: history, doc })
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ ...expected, customerId: 'c1', cohortId: 'smb' })
    expect(alerts[0]!.value).toBeCloseTo(570 / 700, 12)
    expect(alerts[0]!.trend).toBeCloseTo(0.7, 12)
  })

  it('falls back to cohorts when no customer is named', () => {
    const history = facts(to, {
      customers: eachDay(FROM, to).map((day) => customerDay('unassigned', null, day, 95)),
      cohorts: eachDay(FROM, to).flatMap((day, i) => [
        { day, cohortId: 'smb', units: 1, cost: c1Cost(i), revenue: 100, revenueEstimated: true },
        { day, cohortId: 'ent', units: 1, cost: 50, revenue: 100, revenueEstimated: true },
      ]),
    })
    const alerts = evaluateAlerts({ facts: history, doc })
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ ...expected, cohortId: 'smb' })
    expect(alerts[0]!.customerId).toBeUndefined()
    expect(alerts[0]!.value).toBeCloseTo(570 / 700, 12)

    // At 0.75 it opens on Jan 12 (530/700 = 0.757; Jan 11 is 0.729).
    const tighter = withRules(doc, [{ id: 'customer-cost-ratio', enabled: true, threshold: 0.75 }])
    expect(evaluateAlerts({ facts: history, doc: tighter }).map((a) => a.openedOn)).toEqual([
      '2026-01-12',
    ])
  })
})

describe('price-change', () => {
  // gpt-4o: $2.50/$10 since 2025, $5 input from Jan 10, $12 output from Jan 14, $4 input from
  // Jan 28. mini's Jan 20 point names its cache-read price, equal to the input price it defaults
  // to: no change. claude changes on Jan 15 but no step routes to it.
  const prices = (from: string, inputPerMTok: number, outputPerMTok: number): PricePoint => ({
    from,
    inputPerMTok,
    outputPerMTok,
  })
  const model = (id: string, ...points: PricePoint[]) =>
    apiModel(id, points[0]!, { prices: points })
  const doc = workspace({
    models: [
      model(
        'gpt-4o',
        prices('2025-06-01', 2.5, 10),
        prices('2026-01-10', 5, 10),
        prices('2026-01-14', 5, 12),
        prices('2026-01-28', 4, 12),
      ),
      model('mini', prices('2025-06-01', 0.15, 0.6), {
        ...prices('2026-01-20', 0.15, 0.6),
        cacheReadPerMTok: 0.15,
      }),
      model('claude', prices('2025-06-01', 3, 15), prices('2026-01-15', 2, 15)),
    ],
    features: [
      feature('support', {
        steps: [
          step('answer', 'gpt-4o', {
            mix: [
              { modelId: 'gpt-4o', sharePct: 80 },
              { modelId: 'mini', sharePct: 20 },
            ],
          }),
        ],
      }),
    ],
  })
  const january = facts('2026-01-31', {})
  const change = (openedOn: string, closedOn: string | null, value: number, threshold: number) => ({
    rule: 'price-change',
    modelId: 'gpt-4o',
    openedOn,
    closedOn,
    value,
    threshold,
    trend: null,
    driver: 'model:gpt-4o',
    severity: 'yellow',
  })

  it('opens on the new price’s day for the window, or until the next change', () => {
    // Jan 10 would close on Jan 17; the Jan 14 change closes it. Jan 28 + 7 = Feb 4 is after
    // the data: still open.
    expect(evaluateAlerts({ facts: january, doc })).toEqual([
      change('2026-01-10', '2026-01-14', 5, 2.5),
      change('2026-01-14', '2026-01-21', 5, 5),
      change('2026-01-28', null, 4, 5),
    ])
  })

  it('stays open windowDays days', () => {
    // 3 days: Jan 13, Jan 17, and Jan 31, the last day of data.
    const short = withRules(doc, [{ id: 'price-change', enabled: true, windowDays: 3 }])
    expect(evaluateAlerts({ facts: january, doc: short })).toEqual([
      change('2026-01-10', '2026-01-13', 5, 2.5),
      change('2026-01-14', '2026-01-17', 5, 5),
      change('2026-01-28', '2026-01-31', 4, 5),
    ])
  })

  it('sees no change outside the days of data', () => {
    expect(evaluateAlerts({ facts: facts('2026-01-09', {}), doc })).toEqual([])
  })
})
