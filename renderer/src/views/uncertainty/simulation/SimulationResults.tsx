import { memo, useCallback, useMemo } from 'react'
import { describePath } from '../../../../../shared/model/paths/words'
import { formatMonth } from '../../../../../shared/report/labels'
import { scenarioName } from '../../../../../shared/report/scenarioNames'
import { ChartCard } from '../../../charts/ChartCard'
import { scenarioViewDoc } from '../../../store/derived'
import { DriversCard } from './DriversCard'
import { FeatureOutcomesTable } from './FeatureOutcomesTable'
import { MarginHistogramCard } from './MarginHistogramCard'
import { OutcomeFanCard } from './OutcomeFanCard'
import { useChartsInTurn } from './PlotInTurn'
import { downloadResult } from './resultDownload'
import { SimulationKpis } from './SimulationKpis'
import type { CompletedRun } from './useSimulationRun'
import { formatDraws } from './runFormat'

interface SimulationResultsProps {
  run: CompletedRun
  /** The plan changed since: the results stay, dimmed, until the next run. */
  stale: boolean
}

/**
 * What a finished run says. Memoised: progress of the next run re-renders the section many times
 * a second, and these charts need not redraw for it.
 */
export const SimulationResults = memo(function SimulationResults({
  run,
  stale,
}: SimulationResultsProps) {
  const { result, samples, doc, options } = run
  // Names as the run's scenario saw them: a scenario may add features and models.
  const viewDoc = useMemo(() => scenarioViewDoc(doc, options.scenarioId), [doc, options])
  const labelOf = useCallback((path: string) => describePath(viewDoc, path), [viewDoc])
  const chartsDrawn = useChartsInTurn(3, run)
  const featureOf = useCallback(
    (id: string) => viewDoc.features.find((feature) => feature.id === id),
    [viewDoc],
  )
  return (
    <div
      className={stale ? 'simulation-results simulation-results--stale' : 'simulation-results'}
      data-testid="simulation-results"
      data-stale={stale}
    >
      <header className="simulation-results__header">
        <h3 className="simulation-results__title">
          {`${scenarioName(doc, options.scenarioId)} · ${formatMonth(result.month)} · ${formatDraws(result.draws)} · seed ${result.seed}`}
        </h3>
        <button
          type="button"
          onClick={() => downloadResult(doc, options, result)}
          title="The result as `margin simulate --json` prints it"
          data-testid="simulation-download"
        >
          Download results (JSON)
        </button>
      </header>
      <SimulationKpis result={result} />
      <div className="simulation-results__grid">
        <OutcomeFanCard result={result} drawn={chartsDrawn >= 1} />
        <MarginHistogramCard result={result} samples={samples} drawn={chartsDrawn >= 2} />
        <DriversCard drivers={result.drivers} labelOf={labelOf} drawn={chartsDrawn >= 3} />
        <ChartCard
          title={`Features, ${formatMonth(result.month)}`}
          caption="Each feature's margin over the draws and its chance of ending the month below its own floor; coloured by zone."
          testId="sim-card-features"
          wide
        >
          <FeatureOutcomesTable features={result.features} featureOf={featureOf} />
        </ChartCard>
      </div>
    </div>
  )
})
