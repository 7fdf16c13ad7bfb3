/** The benchmark's table: one row per measured figure, with its budget and PASS/FAIL. */

export interface BenchRow {
  measure: string
  value: number
  unit: 'ms' | '%'
  /** The figure must stay below this; absent for figures reported without a budget. */
  budget?: number
  detail?: string
}

function formatValue(value: number, unit: BenchRow['unit']): string {
  return unit === '%' ? `${value.toFixed(1)} %` : `${value.toFixed(1)} ms`
}

function verdict(row: BenchRow): string {
  if (row.budget === undefined) return ''
  return row.value < row.budget ? 'PASS' : 'FAIL'
}

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [
    row.measure,
    formatValue(row.value, row.unit),
    row.budget === undefined ? '' : `< ${formatValue(row.budget, row.unit)}`,
    verdict(row),
    row.detail ?? '',
  ])
  const header = ['Measure', 'Value', 'Budget', 'Result', 'Detail']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)),
  )
  const line = (values: string[]) =>
    values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' │ ')
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─')
  return [line(header), rule, ...cells.map(line)].join('\n')
}

export function failedBudgets(rows: readonly BenchRow[]): BenchRow[] {
  return rows.filter((row) => verdict(row) === 'FAIL')
}
