import { useMemo } from 'react'
import type { SelfHostResult } from '../../../../shared/engine/results'
import type { SelfHostVolumeCurve } from '../../../../shared/engine/selfHostCurve'
import type { SelfHostOption } from '../../../../shared/model/types'
import { formatCompact, formatMoney } from '../../../../shared/report/format'
import { ChartCard } from '../../charts/ChartCard'
import { ChartEmpty } from '../../charts/ChartEmpty'
import { KpiTile } from '../../charts/KpiTile'
import { formatMonth } from '../../../../shared/report/labels'
import { Plot } from '../../charts/Plot'
import {
  buildSelfHostMonthlyFigure,
  cheaperMonths,
  firstCheaperTitle,
  paybackTitle,
  selfHostMonthLabel,
} from '../../../../shared/charts/selfHostMonthlyFigure'
import {
  buildSelfHostVolumeFigure,
  crossoverLabel,
} from '../../../../shared/charts/selfHostVolumeFigure'

export interface SelfHostChartsProps {
  /** The option being compared; null when the workspace has none. */
  option: SelfHostOption | null
  result: SelfHostResult | null
  /** Cost against monthly volume (selfHostVolumeCurve); null while it is not computed. */
  curve: SelfHostVolumeCurve | null
}

const noOptionMessage =
  'No self-host option yet — add one in the grid above to compare against API costs'

function notWithin(result: SelfHostResult): string {
  return `Not within ${result.monthly.length} months`
}

/** "month 12 of 36 · " — the index the engine reports, for people cross-checking the CLI. */
function monthOfHorizon(result: SelfHostResult, month: number | null): string {
  return month === null ? '' : `month ${month} of ${result.monthly.length} · `
}

/**
 * How many of the months from the first cheaper one are cheaper too: a replica added later can
 * make a month dearer again, and the chart shades the cheaper ones.
 */
function cheaperSince(result: SelfHostResult): string {
  if (result.crossoverMonth === null) return "no month at or below the API's cost"
  const since = result.monthly.length - result.crossoverMonth
  const cheaper = cheaperMonths(result).length
  return cheaper === since
    ? 'cheaper every month from then'
    : `cheaper in ${cheaper} of the ${since} months from then (shaded)`
}

function SelfHostKpis({ option, result }: { option: SelfHostOption; result: SelfHostResult }) {
  const first = result.monthly[0]
  return (
    <div className="kpi-row">
      <KpiTile
        testId="selfhost-kpi-crossover"
        label={firstCheaperTitle}
        value={selfHostMonthLabel(result, result.crossoverMonth) ?? notWithin(result)}
        rawValue={result.crossoverMonth}
        detail={`${monthOfHorizon(result, result.crossoverMonth)}${cheaperSince(result)}`}
      />
      <KpiTile
        testId="selfhost-kpi-payback"
        label={paybackTitle}
        value={selfHostMonthLabel(result, result.paybackMonth) ?? notWithin(result)}
        rawValue={result.paybackMonth}
        detail={`${monthOfHorizon(result, result.paybackMonth)}${formatMoney(option.setupCost ?? 0)} setup recovered from savings`}
      />
      <KpiTile
        testId="selfhost-kpi-crossover-spend"
        label="Crossover API spend"
        value={formatMoney(result.crossoverMonthlyApiSpend)}
        rawValue={result.crossoverMonthlyApiSpend}
        detail={
          result.crossoverMonthlyTokens === null
            ? 'no traffic on the replaced models'
            : // The volume chart's crossover: month 0's prices, not the month the chart marks.
              `per month, at ${formatCompact(result.crossoverMonthlyTokens)} tokens and ${first ? formatMonth(first.month) : 'month 0'} prices`
        }
      />
      <KpiTile
        testId="selfhost-kpi-api-spend"
        label="API spend now"
        value={formatMoney(first?.apiCost)}
        rawValue={first?.apiCost ?? null}
        detail={
          first
            ? `${formatCompact(first.tokens)} tokens in ${formatMonth(first.month)}`
            : 'no forecast months'
        }
      />
    </div>
  )
}

/** The self-host screen's figures: KPIs, cost by month and cost by volume, crossover marked. */
export function SelfHostCharts({ option, result, curve }: SelfHostChartsProps) {
  const monthly = useMemo(() => (result ? buildSelfHostMonthlyFigure(result) : null), [result])
  const volume = useMemo(() => (curve ? buildSelfHostVolumeFigure(curve) : null), [curve])
  if (!option) return <ChartEmpty testId="selfhost-empty" message={noOptionMessage} />
  if (!result || !monthly) {
    return <ChartEmpty testId="selfhost-empty" message={`No results for ${option.name} yet.`} />
  }
  return (
    <div className="selfhost-charts" data-testid="selfhost-charts">
      <SelfHostKpis option={option} result={result} />
      <div className="selfhost-charts__grid">
        <ChartCard
          title="API versus self-host, by month"
          caption={`${option.name}: monthly cost of both over the horizon; self-host steps up with each replica.`}
          testId="card-selfhost-monthly"
        >
          <Plot
            figure={monthly}
            testId="chart-selfhost-monthly"
            ariaLabel="API cost and self-host cost by month, crossover and payback marked"
          />
        </ChartCard>
        <ChartCard
          title="API versus self-host, by volume"
          caption={
            (curve && crossoverLabel(curve)) ??
            'Monthly cost of both at each token volume, with this month’s prices.'
          }
          testId="card-selfhost-volume"
        >
          {volume ? (
            <Plot
              figure={volume}
              testId="chart-selfhost-volume"
              ariaLabel="API cost and self-host cost against monthly token volume, crossover marked"
            />
          ) : (
            <ChartEmpty message="No volume curve for this option yet." />
          )}
        </ChartCard>
      </div>
    </div>
  )
}
