/**
 * Alerts per week per rule over the imported history (DESIGN.md §10, the playbook's tuning
 * advice): stacked bars, one colour per rule, so a rule that fires every week stands out.
 */
import { ALERT_RULE_IDS, type AlertRuleId, type WeeklyCount } from '../actuals/alerts'
import { formatNumber } from '../report/format'
import { zoneStyles } from '../report/zones'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, escapeText, legendBelow, legendBelowPx, palette } from './theme'

/** More alerts than this in one week, and the playbook says the rule wants retuning. */
export const RETUNE_ABOVE_PER_WEEK = 3

/** The margin rules in their zone's colour; the others in calm colours of their own. */
export const ALERT_RULE_COLORS: Readonly<Record<AlertRuleId, string>> = {
  'red-3d': zoneStyles.red.color,
  'yellow-7d': zoneStyles.yellow.color,
  'customer-cost-ratio': '#8e5bb5',
  'cost-per-unit-jump': palette.accent,
  'price-change': '#6b7d8f',
}

export interface AlertsPerWeekInput {
  counts: readonly WeeklyCount[]
  /** Each rule in words, as the alerts list names it. */
  ruleTitles: Readonly<Record<AlertRuleId, string>>
}

/** A rule that fired more than RETUNE_ABOVE_PER_WEEK times in at least one week. */
export interface BusyRule {
  rule: AlertRuleId
  /** How many weeks it did. */
  weeks: number
  /** Its most alerts in one week. */
  most: number
}

/** The rules to retune, in ALERT_RULE_IDS order. */
export function busyRules(counts: readonly WeeklyCount[]): BusyRule[] {
  return ALERT_RULE_IDS.flatMap((rule) => {
    const busy = counts.filter((c) => c.rule === rule && c.count > RETUNE_ABOVE_PER_WEEK)
    if (busy.length === 0) return []
    return [{ rule, weeks: busy.length, most: Math.max(...busy.map((c) => c.count)) }]
  })
}

/** Whether any rule raised any alert: without one there is nothing to draw. */
export const alertsPerWeekIsEmpty = (counts: readonly WeeklyCount[]): boolean =>
  counts.every((c) => c.count === 0)

/**
 * One bar trace per rule that fired at least once (a legend of rules that never fired says
 * nothing), over every week of the history, zeros included so the weeks stay evenly spaced.
 */
export function buildAlertsPerWeekFigure({ counts, ruleTitles }: AlertsPerWeekInput): Figure {
  const weeks = [...new Set(counts.map((c) => c.weekStart))].sort()
  const data = ALERT_RULE_IDS.flatMap((rule): Trace[] => {
    const ofRule = new Map(counts.filter((c) => c.rule === rule).map((c) => [c.weekStart, c.count]))
    if (![...ofRule.values()].some((count) => count > 0)) return []
    const title = escapeText(ruleTitles[rule])
    const y = weeks.map((week) => ofRule.get(week) ?? 0)
    return [
      {
        type: 'bar',
        name: title,
        x: weeks,
        y,
        marker: { color: ALERT_RULE_COLORS[rule] },
        text: y.map((count) => formatNumber(count, 0)),
        textposition: 'none',
        hovertemplate: `${title}: %{text} in the week of %{x|%d %b %Y}<extra></extra>`,
      },
    ]
  })
  const most = Math.max(
    RETUNE_ABOVE_PER_WEEK + 1,
    ...weeks.map((week) =>
      counts.filter((c) => c.weekStart === week).reduce((sum, c) => sum + c.count, 0),
    ),
  )
  return {
    data,
    layout: baseLayout({
      height: 280,
      barmode: 'stack',
      bargap: 0.35,
      showlegend: true,
      legend: legendBelow(),
      margin: { t: 8, b: legendBelowPx + 8 },
      xaxis: axis({ type: 'date', tickformat: '%d %b', hoverformat: '%d %b %Y' }),
      yaxis: axis({
        range: [0, most * 1.1],
        dtick: most > 12 ? undefined : 1,
        tickformat: ',d',
        title: { text: 'Alerts opened per week', font: { size: 11, color: palette.muted } },
      }),
    }),
  }
}
