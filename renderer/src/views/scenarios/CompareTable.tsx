import { cellText, type ReportTable } from '../../../../shared/report/reportTable'
import { deltaTone, scenarioColumns } from './compareColumns'

interface CompareTableProps {
  /** comparisonTable's output: the exports' table, drawn with each delta under its value. */
  table: ReportTable
  /** The rows from here on are per-feature margins (comparisonTable puts them last). */
  featureRowStart: number
  /** The as-of month, in the corner cell. */
  monthText: string
}

const toneWords = { better: 'better', worse: 'worse', same: 'no change' } as const

export function CompareTable({ table, featureRowStart, monthText }: CompareTableProps) {
  const columns = scenarioColumns(table)
  const sectionAt = new Map([
    [0, 'Portfolio'],
    [featureRowStart, 'Gross margin by feature'],
  ])
  return (
    <table className="data-table compare-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col" className="compare-table__month">
            {monthText}
          </th>
          {columns.map(({ value, delta }) => (
            <th key={value} scope="col" className="num">
              {table.columns[value]?.label}
              {delta !== undefined && (
                <span className="compare-table__against">{table.columns[delta]?.label}</span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.flatMap((row, rowIndex) => {
          const metric = String(row[0])
          const section = sectionAt.get(rowIndex)
          return [
            ...(section !== undefined
              ? [
                  <tr key={`section:${section}`} className="table-section">
                    <th colSpan={columns.length + 1} scope="colgroup">
                      {section}
                    </th>
                  </tr>,
                ]
              : []),
            <tr key={`${rowIndex}:${metric}`}>
              <th scope="row">{metric}</th>
              {columns.map(({ value, delta }) => {
                const shown = delta === undefined ? '' : cellText(table, rowIndex, delta)
                const tone = deltaTone(metric, delta === undefined ? null : row[delta], shown)
                return (
                  <td key={value} className="num">
                    {cellText(table, rowIndex, value)}
                    {delta !== undefined && (
                      <span className={`delta delta--${tone}`} title={toneWords[tone]}>
                        {shown}
                      </span>
                    )}
                  </td>
                )
              })}
            </tr>,
          ]
        })}
      </tbody>
    </table>
  )
}
