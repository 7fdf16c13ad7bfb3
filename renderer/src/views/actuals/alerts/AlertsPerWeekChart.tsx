import { useMemo } from 'react'
import type { AlertRuleId, WeeklyCount } from '../../../../../shared/actuals/alerts'
import {
  alertsPerWeekIsEmpty,
  buildAlertsPerWeekFigure,
  busyRules,
  RETUNE_ABOVE_PER_WEEK,
} from '../../../../../shared/charts/alertsPerWeekFigure'
import { ChartEmpty } from '../../../charts/ChartEmpty'
import { ChartNote } from '../../../charts/ChartNote'
import { Plot } from '../../../charts/Plot'

interface AlertsPerWeekChartProps {
  counts: readonly WeeklyCount[]
  ruleTitles: Readonly<Record<AlertRuleId, string>>
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** The playbook's tuning advice in one line per rule that fires too often. */
function retuneNotes(
  counts: readonly WeeklyCount[],
  ruleTitles: AlertsPerWeekChartProps['ruleTitles'],
) {
  return busyRules(counts).map(
    (busy) =>
      `“${ruleTitles[busy.rule]}” fired more than ${RETUNE_ABOVE_PER_WEEK} times a week in ${plural(busy.weeks, 'week')} (up to ${busy.most}): retune it — a longer window or a wider threshold — or switch it off.`,
  )
}

export function AlertsPerWeekChart({ counts, ruleTitles }: AlertsPerWeekChartProps) {
  const figure = useMemo(
    () => (alertsPerWeekIsEmpty(counts) ? null : buildAlertsPerWeekFigure({ counts, ruleTitles })),
    [counts, ruleTitles],
  )
  if (figure === null) {
    return (
      <ChartEmpty
        testId="chart-alerts-per-week"
        message="No rule raised an alert over the imported days."
      />
    )
  }
  const notes = retuneNotes(counts, ruleTitles)
  return (
    <>
      <Plot
        figure={figure}
        testId="chart-alerts-per-week"
        ariaLabel="Alerts opened per week, stacked by rule"
      />
      <div data-testid="alerts-retune">
        {notes.length === 0 ? (
          <ChartNote>{`No rule fired more than ${RETUNE_ABOVE_PER_WEEK} times in a week: the rules are tuned quietly enough.`}</ChartNote>
        ) : (
          notes.map((note) => <ChartNote key={note}>{note}</ChartNote>)
        )}
      </div>
    </>
  )
}
