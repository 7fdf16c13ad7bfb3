import { describe, expect, it } from 'vitest'
import {
  alertsPerWeek,
  DEFAULT_ALERT_RULES,
  effectiveRules,
  openAlerts,
  type Alert,
} from '../../../../shared/actuals/alerts'
import type { AlertRuleId } from '../../../../shared/model/types'
import { workspace } from '../../engine/builders'

const alert = (rule: AlertRuleId, openedOn: string, closedOn: string | null): Alert => ({
  rule,
  featureId: 'support',
  openedOn,
  closedOn,
  value: 50,
  threshold: 60,
  trend: null,
  driver: null,
  severity: 'red',
})

describe('alertsPerWeek', () => {
  it('counts the episodes each rule opened per ISO week, zero weeks included', () => {
    // 2026-01-01 is a Thursday: the range Jan 1–20 touches the weeks of Dec 29, Jan 5, Jan 12 and
    // Jan 19. Dec 30 and Jan 21 are outside it.
    const alerts = [
      alert('red-3d', '2025-12-30', '2026-01-01'),
      alert('red-3d', '2026-01-02', '2026-01-03'),
      alert('red-3d', '2026-01-04', null),
      alert('red-3d', '2026-01-13', '2026-01-14'),
      alert('price-change', '2026-01-19', null),
      alert('yellow-7d', '2026-01-21', null),
    ]
    const counts = alertsPerWeek(alerts, '2026-01-01', '2026-01-20')
    const rules = [
      'red-3d',
      'yellow-7d',
      'customer-cost-ratio',
      'cost-per-unit-jump',
      'price-change',
    ]
    const weeks = ['2025-12-29', '2026-01-05', '2026-01-12', '2026-01-19']
    expect(counts).toHaveLength(weeks.length * rules.length)
    expect(counts.map(({ weekStart, rule }) => `${weekStart} ${rule}`)).toEqual(
      weeks.flatMap((week) => rules.map((rule) => `${week} ${rule}`)),
    )
    expect(counts.filter(({ count }) => count > 0)).toEqual([
      { weekStart: '2025-12-29', rule: 'red-3d', count: 2 },
      { weekStart: '2026-01-12', rule: 'red-3d', count: 1 },
      { weekStart: '2026-01-19', rule: 'price-change', count: 1 },
    ])
  })

  it('lists every week of a range with no alerts at all', () => {
    // Monday Jan 5 to Sunday Jan 18: two weeks, five rules, all zero.
    const counts = alertsPerWeek([], '2026-01-05', '2026-01-18')
    expect(counts).toHaveLength(10)
    expect(new Set(counts.map(({ weekStart }) => weekStart))).toEqual(
      new Set(['2026-01-05', '2026-01-12']),
    )
    expect(counts.every(({ count }) => count === 0)).toBe(true)
  })
})

describe('openAlerts', () => {
  const closed = alert('red-3d', '2026-01-02', '2026-01-05')
  const open = alert('yellow-7d', '2026-01-04', null)

  it('keeps the alerts still open on the last day of data', () => {
    expect(openAlerts([closed, open])).toEqual([open])
  })

  it('keeps those open on a given day: opened by it, not yet closed', () => {
    expect(openAlerts([closed, open], '2026-01-01')).toEqual([])
    expect(openAlerts([closed, open], '2026-01-03')).toEqual([closed])
    expect(openAlerts([closed, open], '2026-01-04')).toEqual([closed, open])
    // Closed on Jan 5: the condition no longer held that day.
    expect(openAlerts([closed, open], '2026-01-05')).toEqual([open])
  })
})

describe('effectiveRules', () => {
  it('runs §10 defaults when the workspace tunes nothing', () => {
    expect(effectiveRules(workspace({}))).toEqual({
      'red-3d': { id: 'red-3d', enabled: true, windowDays: 3, threshold: 0 },
      'yellow-7d': { id: 'yellow-7d', enabled: true, windowDays: 7, threshold: 0 },
      'customer-cost-ratio': {
        id: 'customer-cost-ratio',
        enabled: true,
        windowDays: 7,
        threshold: 0.8,
      },
      'cost-per-unit-jump': {
        id: 'cost-per-unit-jump',
        enabled: true,
        windowDays: 7,
        threshold: 15,
      },
      'price-change': { id: 'price-change', enabled: true, windowDays: 7, threshold: 0 },
    })
  })

  it('takes each field the workspace gives over the default', () => {
    const rules = effectiveRules(
      workspace({
        alertRules: [
          { id: 'red-3d', enabled: false },
          { id: 'customer-cost-ratio', enabled: true, threshold: 0.9 },
          { id: 'customer-cost-ratio', enabled: true, windowDays: 14 },
        ],
      }),
    )
    expect(rules['red-3d']).toEqual({ id: 'red-3d', enabled: false, windowDays: 3, threshold: 0 })
    // Two entries for one rule: the later one's fields win, the earlier one's others stay.
    expect(rules['customer-cost-ratio']).toEqual({
      id: 'customer-cost-ratio',
      enabled: true,
      windowDays: 14,
      threshold: 0.9,
    })
    expect(rules['yellow-7d']).toEqual(DEFAULT_ALERT_RULES['yellow-7d'])
  })
})
