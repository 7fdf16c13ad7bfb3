import { useMemo } from 'react'
import { driversFigure } from '../../../../../shared/charts/driversFigure'
import type { Driver } from '../../../../../shared/simulation'
import { ChartCard } from '../../../charts/ChartCard'
import { ChartEmpty } from '../../../charts/ChartEmpty'
import { PlotInTurn } from './PlotInTurn'
import { ChartNote } from '../../../charts/ChartNote'

interface DriversCardProps {
  drivers: Driver[]
  /** A range's input in words. */
  labelOf: (path: string) => string
  /** False until its turn to draw (see useChartsInTurn). */
  drawn: boolean
}

/** Which ranges the spread in margin comes from. */
export function DriversCard({ drivers, labelOf, drawn }: DriversCardProps) {
  const figure = useMemo(() => driversFigure(drivers, labelOf), [drivers, labelOf])
  const more = figure.moreCount
  return (
    <ChartCard
      title="What drives the spread"
      caption="Each range's share of the variance in portfolio margin, from rank correlation; grouped ranges move together and count as one."
      testId="sim-card-drivers"
    >
      {drivers.length === 0 ? (
        <ChartEmpty message="No ranges in this run, so nothing spreads the margin." />
      ) : (
        <>
          <PlotInTurn
            drawn={drawn}
            figure={figure}
            testId="sim-chart-drivers"
            ariaLabel="Share of the spread in portfolio margin by range, largest first"
          />
          {more > 0 && (
            <ChartNote>{`${more} more ${more === 1 ? 'source' : 'sources'} with smaller shares not shown`}</ChartNote>
          )}
        </>
      )}
    </ChartCard>
  )
}
