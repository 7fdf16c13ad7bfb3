/** The choices the export form offers, in the words the form shows. */
import type { CsvTable, ExportFormat } from '../../../../shared/report/exportRequest'

interface FormatChoice {
  format: ExportFormat
  title: string
  text: string
}

export const formatChoices: FormatChoice[] = [
  {
    format: 'pptx',
    title: 'Board deck',
    text: 'KPIs, margin by feature, the forecast and the scenario comparison as editable charts.',
  },
  {
    format: 'pdf',
    title: 'PDF report',
    text: 'The same report as a document to send, print or file with the board pack.',
  },
  {
    format: 'xlsx',
    title: 'Excel workbook',
    text: 'Every input and result, with live formulas so finance can rework the numbers.',
  },
  {
    format: 'csv',
    title: 'CSV table',
    text: 'One results table as plain rows, for any spreadsheet, BI tool or script.',
  },
]

export const csvTableChoices: { table: CsvTable; label: string }[] = [
  { table: 'features', label: 'Features: margin, cost and breakeven' },
  { table: 'cohorts', label: 'Cohorts: revenue, cost and margin' },
  { table: 'forecast', label: 'Forecast: each month of the horizon' },
  { table: 'comparison', label: 'Scenario comparison' },
]

/** Whether the compared scenarios reach the file: the workbook and single tables ignore them. */
export function usesComparison(format: ExportFormat, table: CsvTable): boolean {
  if (format === 'xlsx') return false
  return format !== 'csv' || table === 'forecast' || table === 'comparison'
}

/** Deltas are printed only where the comparison is a table. */
export function usesDeltas(format: ExportFormat, table: CsvTable): boolean {
  return format === 'pptx' || format === 'pdf' || (format === 'csv' && table === 'comparison')
}

/** Why the compared scenarios are greyed out, or what they do when they are not. */
export function comparisonHint(format: ExportFormat, table: CsvTable): string {
  if (usesComparison(format, table)) return 'Shown side by side, and as lines on the forecast.'
  if (format === 'xlsx') return 'The workbook models one scenario; compare in the deck or the PDF.'
  return 'This table shows one scenario; the forecast and comparison tables compare.'
}

export function deltasHint(format: ExportFormat, table: CsvTable): string {
  return usesDeltas(format, table)
    ? 'Each compared scenario’s change, from the baseline or from the scenario it forks.'
    : 'Only the deck, the PDF and the comparison table show deltas.'
}

/** The request field a problem path starts with: `compare[1]` → `compare`. */
export const rootField = (path: string): string => /^[A-Za-z]+/.exec(path)?.[0] ?? path

/** The form's name for a request field a problem names (`compare[1]` → "Compared scenarios"). */
export function fieldLabel(path: string): string {
  const field = rootField(path)
  const labels: Record<string, string> = {
    format: 'Format',
    scenarioId: 'Scenario',
    compare: 'Compared scenarios',
    month: 'As-of month',
    csvTable: 'Table',
    deltaAgainst: 'Deltas against',
    jobId: 'Export',
  }
  return labels[field] ?? path
}
