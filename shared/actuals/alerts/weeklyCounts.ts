/**
 * How many alerts each rule raised per week (DESIGN.md §10, the playbook's tuning advice): a rule
 * firing more than 3 times a week wants retuning.
 */
import { addDays, isoWeekStart } from '../days'
import { ALERT_RULE_IDS } from './rules'
import type { Alert, WeeklyCount } from './types'

/**
 * Episodes opened in [from, to], by ISO week (starting Monday) of their opening day: every rule
 * for every week the range touches, zeros included, weeks in order and rules in ALERT_RULE_IDS
 * order, so a chart plots each rule as a full series.
 */
export function alertsPerWeek(alerts: readonly Alert[], from: string, to: string): WeeklyCount[] {
  const counts = new Map<string, number>()
  const keyOf = (weekStart: string, rule: string): string => `${weekStart} ${rule}`
  for (const alert of alerts) {
    if (alert.openedOn < from || alert.openedOn > to) continue
    const key = keyOf(isoWeekStart(alert.openedOn), alert.rule)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const weeks: string[] = []
  for (let week = isoWeekStart(from); week <= to; week = addDays(week, 7)) weeks.push(week)
  return weeks.flatMap((weekStart) =>
    ALERT_RULE_IDS.map((rule) => ({
      weekStart,
      rule,
      count: counts.get(keyOf(weekStart, rule)) ?? 0,
    })),
  )
}
