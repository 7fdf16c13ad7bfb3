import type { ImportResult } from '../../../../../shared/actuals/usageImport'
import { formatCallMoney, formatNumber } from '../../../../../shared/report/format'
import { CountList } from './CountList'
import { unmatchedByValue } from '../../../../../shared/actuals/unmatchedValues'
import { summarySentence } from './importSummary'
import { RejectionList } from './RejectionList'

/** Values listed under "no feature": the rest are counted. */
const SHOWN_VALUES = 20

/** The import's account: every row, the values that matched no feature, the first rejections. */
export function ImportDone({ result }: { result: ImportResult }) {
  const values = unmatchedByValue(result.unmatched)
  return (
    <div className="import-done" data-testid="import-summary">
      <p className="import-summary-sentence" data-testid="import-summary-sentence">
        {summarySentence(result.counts)}.
      </p>
      <CountList counts={result.counts} testId="import-summary-counts" />
      {values.length > 0 && (
        <table className="import-unmatched" data-testid="import-unmatched">
          <caption>Rows with no feature, by the value read where the feature should be</caption>
          <thead>
            <tr>
              <th>Value</th>
              <th className="num">Rows</th>
              <th className="num">Reported cost</th>
            </tr>
          </thead>
          <tbody>
            {values.slice(0, SHOWN_VALUES).map((entry) => (
              <tr key={entry.value}>
                <td>{entry.value === '' ? '(nothing to match)' : entry.value}</td>
                <td className="num">{formatNumber(entry.rows, 0)}</td>
                <td className="num">{formatCallMoney(entry.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {values.length > SHOWN_VALUES && (
        <p className="field-hint">
          …and {formatNumber(values.length - SHOWN_VALUES, 0)} more values.
        </p>
      )}
      <RejectionList rejections={result.rejections} total={result.counts.rejected} />
    </div>
  )
}
