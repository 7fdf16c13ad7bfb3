import type { BoardReport } from '../../shared/report/boardReport'
import { comparisonTable } from '../../shared/report/comparison'
import { tableToCsvFile } from '../../shared/report/csv'
import type { CsvTable } from '../../shared/report/exportRequest'
import type { ReportTable } from '../../shared/report/reportTable'
import { cohortsTable, featuresTable, forecastTable } from '../../shared/report/resultTables'

const tables: Record<CsvTable, (report: BoardReport) => ReportTable> = {
  features: featuresTable,
  cohorts: cohortsTable,
  forecast: (report) => forecastTable(report.forecasts),
  comparison: (report) => comparisonTable(report.features, report.comparison),
}

/** One results table as a UTF-8 CSV file. */
export function csvExport(report: BoardReport, table: CsvTable): Uint8Array {
  return new TextEncoder().encode(tableToCsvFile(tables[table](report)))
}
