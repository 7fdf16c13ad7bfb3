import type { ActualsOverview } from '../../../../../shared/actuals/overview'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { formatCents, formatNumber } from '../../../../../shared/report/format'
import { formatDay } from '../../../../../shared/report/labels'
import { namesById } from '../../../../../shared/report/names'
import { useNavigation } from '../../../frame/navigation'
import { countOf } from '../../../plural'
import { useActualsTab } from '../actualsTabs'
import { priceGapLines } from './priceGapLines'

interface ActualsNoticesProps {
  overview: ActualsOverview
  doc: WorkspaceDoc
}

/**
 * What the figures leave out or may get wrong: unmatched rows, calls nobody priced, and bills off
 * the price book.
 */
export function ActualsNotices({ overview, doc }: ActualsNoticesProps) {
  const show = useActualsTab((state) => state.show)
  const go = useNavigation((state) => state.go)
  const { unmatched, unpriced, priceGaps } = overview
  const gaps = priceGapLines(priceGaps)
  const modelNames = namesById(doc.models)
  return (
    <>
      {unmatched.rows > 0 && (
        <div className="actuals-strip actuals-strip--info" data-testid="actuals-unmatched">
          <span>
            <b>{formatNumber(unmatched.rows, 0)}</b>{' '}
            {unmatched.rows === 1 ? 'row matched no feature' : 'rows matched no feature'} (
            {formatCents(unmatched.cost)} of cost): {unmatched.rows === 1 ? 'it is' : 'they are'}{' '}
            counted in no feature's figures.
          </span>
          <button type="button" className="actuals-strip__link" onClick={() => show('imports')}>
            Review in Imports
          </button>
        </div>
      )}
      {unpriced.calls > 0 && (
        <div className="actuals-strip actuals-strip--warning" data-testid="actuals-unpriced">
          <span>
            <b>{formatNumber(unpriced.calls, 0)}</b> {unpriced.calls === 1 ? 'call' : 'calls'} on{' '}
            {unpriced.models.join(', ')} {unpriced.calls === 1 ? 'has' : 'have'} no cost in the log
            and no price in the workspace: counted at $0. Add the model, or map its name when
            importing.
          </span>
          <button type="button" className="actuals-strip__link" onClick={() => go('models')}>
            Models
          </button>
        </div>
      )}
      {gaps.length > 0 && (
        <div className="actuals-strip actuals-strip--warning" role="note" data-testid="price-gaps">
          <b>The bills differ from the price book by more than 2%</b>
          <ul>
            {gaps.map(({ modelId, days, latest }) => (
              <li key={modelId}>
                <b>{modelNames[modelId] ?? modelId}</b>, {formatDay(latest.day)}
                {days > 1 && ` (and ${countOf(days - 1, 'other day')})`}: {latest.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}
