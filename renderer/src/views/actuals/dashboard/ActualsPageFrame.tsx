import type { ReactNode } from 'react'
import type { ActualsOverview } from '../../../../../shared/actuals/overview'
import { useActualsOverview } from '../actualsData'
import { WindowPicker } from '../WindowPicker'
import { ActualsEmpty } from './ActualsEmpty'
import { revenueSourceText } from '../../../../../shared/actuals/revenueSource'
import './actualsPages.css'

interface ActualsPageFrameProps {
  title: string
  testId: string
  /** A line beside the title, e.g. which plan the page compares with. */
  context?: ReactNode
  children(overview: ActualsOverview): ReactNode
}

/**
 * What every Actuals page with figures has around them: the title, the window, where revenue
 * comes from, and the states before there are figures (reading, failed, nothing imported).
 */
export function ActualsPageFrame({ title, testId, context, children }: ActualsPageFrameProps) {
  const data = useActualsOverview()
  switch (data.status) {
    case 'loading':
      return <p className="loading">Reading the actuals…</p>
    case 'error':
      return (
        <p className="hint-warning actuals-error" role="alert">
          {data.message}
        </p>
      )
    case 'empty':
      return <ActualsEmpty />
  }
  const { overview, span, refreshing } = data
  return (
    <div className="actuals-body" data-testid={testId} aria-busy={refreshing}>
      <header className="actuals-head">
        <div className="actuals-head__heading">
          <h2 className="actuals-head__title">{title}</h2>
          {context !== undefined && <p className="actuals-head__context">{context}</p>}
        </div>
        <WindowPicker span={span} shown={overview} />
      </header>
      <p
        className="actuals-revenue-source"
        data-testid="revenue-source"
        data-source={overview.revenueSource}
      >
        {revenueSourceText(overview.revenueSource)}
      </p>
      {children(overview)}
    </div>
  )
}
