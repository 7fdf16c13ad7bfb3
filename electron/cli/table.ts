/** Aligns a text table: the first column (labels) to the left, the figures to the right. */
export function formatTable(header: readonly string[], rows: readonly string[][]): string {
  const all = [header, ...rows]
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  )
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [line(header), rule, ...rows.map(line)].join('\n')
}

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function formatMoney(value: number): string {
  return money.format(value)
}

/** Percent values are already in percent (64 means 64%); null is a margin with no revenue. */
export function formatPct(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(2)}%`
}
