import { useEffect, useState } from 'react'
import { tableToCsvFile, tableToTsv } from '../../../shared/report/csv'
import type { ReportTable } from '../../../shared/report/reportTable'
import { downloadBlob } from '../transport/download'
import './tableActions.css'

interface TableActionsProps {
  /** The table the screen shows, in the words and numbers it shows them. */
  table: ReportTable
  /** The CSV's file name, extension included. */
  csvFileName: string
  /** `${testId}-copy`, `${testId}-csv` and `${testId}-status`. */
  testId: string
}

/** How long "Copied 24 rows" stays: long enough to read, gone before it goes stale. */
const statusMs = 4000

const rowCount = (rows: number) => `${rows} ${rows === 1 ? 'row' : 'rows'}`

/** CSV as the export writers make it. */
function downloadCsv(fileName: string, table: ReportTable): void {
  downloadBlob(fileName, new Blob([tableToCsvFile(table)], { type: 'text/csv;charset=utf-8' }))
}

/** Copy a table to paste into a spreadsheet, or save it as CSV. */
export function TableActions({ table, csvFileName, testId }: TableActionsProps) {
  const [status, setStatus] = useState<string | null>(null)
  useEffect(() => {
    if (status === null) return
    const timer = setTimeout(() => setStatus(null), statusMs)
    return () => clearTimeout(timer)
  }, [status])

  async function copy() {
    try {
      await navigator.clipboard.writeText(tableToTsv(table))
      setStatus(`Copied ${rowCount(table.rows.length)}`)
    } catch (error) {
      setStatus(`Not copied: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <div className="table-actions" role="group" aria-label={`${table.title}: copy or download`}>
      <span className="table-actions__status" role="status" data-testid={`${testId}-status`}>
        {status}
      </span>
      <button
        type="button"
        onClick={() => void copy()}
        title="Tab-separated: pastes into a spreadsheet as cells"
        data-testid={`${testId}-copy`}
      >
        Copy as TSV
      </button>
      <button
        type="button"
        onClick={() => downloadCsv(csvFileName, table)}
        title={`Save ${csvFileName}`}
        data-testid={`${testId}-csv`}
      >
        Download CSV
      </button>
    </div>
  )
}
