import type { Rejection } from '../../../../../shared/actuals/types'
import { formatNumber } from '../../../../../shared/report/format'

const SHOWN = 10

/** The first rejected rows with their line, and how many more there were. */
export function RejectionList({
  rejections,
  total,
}: {
  rejections: readonly Rejection[]
  total: number
}) {
  if (rejections.length === 0) return null
  return (
    <div className="import-rejections" data-testid="import-rejections">
      <p className="field-label">Rejected rows</p>
      <ul>
        {rejections.slice(0, SHOWN).map((rejection) => (
          <li key={rejection.line}>
            line {rejection.line}: {rejection.message}
          </li>
        ))}
      </ul>
      {total > SHOWN && <p className="field-hint">…and {formatNumber(total - SHOWN, 0)} more.</p>}
    </div>
  )
}
