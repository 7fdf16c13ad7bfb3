import { EmptyState } from '../../frame/EmptyState'
import { fileActions } from '../../frame/fileActions'

export function ReportsView() {
  return (
    <EmptyState
      title="Reports are on their way"
      testId="reports-empty"
      action={
        <button
          type="button"
          className="button-primary"
          onClick={() => void fileActions.exportJson()}
          data-testid="export-json"
        >
          Export JSON
        </button>
      }
    >
      The board deck (PowerPoint with editable charts), the PDF, the Excel workbook with live
      formulas and CSV exports are coming. Meanwhile, export the workspace as JSON: it holds every
      input and opens in the command line with <code>npm run margin -- compute</code>.
    </EmptyState>
  )
}
