/**
 * Cutting a report table too wide for a slide into groups of its columns, each group keeping the
 * first (label) column and each delta column beside the value it is the delta of.
 */
import type { ReportTable } from '../../../../shared/report/reportTable'

function pickColumns(table: ReportTable, indexes: readonly number[]): ReportTable {
  return {
    ...table,
    columns: indexes.flatMap((index) => table.columns[index] ?? []),
    rows: table.rows.map((row) => indexes.map((index) => row[index] ?? null)),
  }
}

/** The table as several, each with at most `maxColumns` columns (the label column included). */
export function sliceColumns(table: ReportTable, maxColumns: number): ReportTable[] {
  if (table.columns.length <= maxColumns) return [table]
  const groups: number[][] = []
  table.columns.forEach((column, index) => {
    if (index === 0) return
    const last = groups[groups.length - 1]
    if (last && column.kind === 'byRowDelta') last.push(index)
    else groups.push([index])
  })
  const slices: number[][] = []
  for (const group of groups) {
    const current = slices[slices.length - 1]
    if (current && current.length + group.length <= maxColumns) current.push(...group)
    else slices.push([0, ...group])
  }
  return slices.map((indexes) => pickColumns(table, indexes))
}
