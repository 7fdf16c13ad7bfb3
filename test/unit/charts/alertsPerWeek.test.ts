import { describe, expect, it } from 'vitest'
import type { AlertRuleId, WeeklyCount } from '../../../shared/actuals/alerts'
import {
  ALERT_RULE_COLORS,
  alertsPerWeekIsEmpty,
  buildAlertsPerWeekFigure,
  busyRules,
} from '../../../shared/charts/alertsPerWeekFigure'

const ruleTitles: Record<AlertRuleId, string> = {
  'red-3d': '3-day margin below floor',
  'yellow-7d': '7-day margin in the yellow band',
  'customer-cost-ratio': 'Customer cost above 80% of revenue',
  'cost-per-unit-jump': 'Cost per unit up more than 15% week over week',
  'price-change': 'Model <b>price</b> changed',
}

/** Two weeks, every rule each week (as alertsPerWeek returns them), zeros included. */
function counts(perRule: Partial<Record<AlertRuleId, [number, number]>>): WeeklyCount[] {
  const weeks = ['2026-11-02', '2026-11-09']
  return weeks.flatMap((weekStart, index) =>
    (Object.keys(ruleTitles) as AlertRuleId[]).map((rule) => ({
      weekStart,
      rule,
      count: perRule[rule]?.[index] ?? 0,
    })),
  )
}

describe('alerts per week', () => {
  it('stacks one bar trace per rule that fired, in rule order, over every week', () => {
    const figure = buildAlertsPerWeekFigure({
      counts: counts({ 'yellow-7d': [1, 0], 'red-3d': [2, 5] }),
      ruleTitles,
    })
    expect(figure.layout.barmode).toBe('stack')
    expect(figure.data.map((trace) => trace.name)).toEqual([
      '3-day margin below floor',
      '7-day margin in the yellow band',
    ])
    expect(figure.data[0]).toMatchObject({
      type: 'bar',
      x: ['2026-11-02', '2026-11-09'],
      y: [2, 5],
      marker: { color: ALERT_RULE_COLORS['red-3d'] },
    })
    expect(figure.data[1]?.y).toEqual([1, 0])
    // The tallest stack is 5: the axis leaves a tenth above it.
    expect(figure.layout.yaxis?.range).toEqual([0, 5.5])
  })

  it('keeps room for the retune line of 3 a week when every week is quiet', () => {
    const figure = buildAlertsPerWeekFigure({
      counts: counts({ 'price-change': [1, 0] }),
      ruleTitles,
    })
    expect(figure.layout.yaxis?.range).toEqual([0, 4.4])
    // Rule names are user-visible text in Plotly's HTML subset: escaped.
    expect(figure.data[0]?.name).toBe('Model &lt;b&gt;price&lt;/b&gt; changed')
  })

  it('names the rules that fired more than 3 times in a week, with how often', () => {
    const weekly = counts({ 'red-3d': [4, 3], 'cost-per-unit-jump': [6, 9], 'yellow-7d': [3, 3] })
    expect(busyRules(weekly)).toEqual([
      { rule: 'red-3d', weeks: 1, most: 4 },
      { rule: 'cost-per-unit-jump', weeks: 2, most: 9 },
    ])
  })

  it('is empty when no rule fired', () => {
    expect(alertsPerWeekIsEmpty(counts({}))).toBe(true)
    expect(alertsPerWeekIsEmpty(counts({ 'red-3d': [0, 1] }))).toBe(false)
    expect(buildAlertsPerWeekFigure({ counts: counts({}), ruleTitles }).data).toEqual([])
  })
})
