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

function SelfHostKpis({ option, result }: { option: SelfHostOption; result: SelfHostResult }) {
  const first = result.monthly[0]
  return (
    <div className="kpi-row">
      <KpiTile
        testId="selfhost-kpi-crossover"
        label="Self-host cheaper from"
        value={selfHostMonthLabel(result, result.crossoverMonth) ?? notWithin(result)}
        rawValue={result.crossoverMonth}
        detail={`${monthOfHorizon(result, result.crossoverMonth)}first month at or below the API's cost`}
      />
      <KpiTile
        testId="selfhost-kpi-payback"
        label="Setup paid back"
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
            : `per month, at ${formatCompact(result.crossoverMonthlyTokens)} tokens`
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
