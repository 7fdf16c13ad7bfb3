/** Timing and reporting shared by the bench scripts: medians and p95s over repeated runs. */

export interface BudgetRow {
  name: string
  median: number
  p95: number
  budgetMs: number
  pass: boolean
}

export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN

/** Runs `task` `warmup` times for the JIT, then `runs` times timed; returns sorted milliseconds. */
export async function sampleMs(
  task: () => unknown,
  { runs, warmup }: { runs: number; warmup: number },
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await task()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)
}

export function budgetRow(name: string, sorted: readonly number[], budgetMs: number): BudgetRow {
  const median = quantile(sorted, 0.5)
  return { name, median, p95: quantile(sorted, 0.95), budgetMs, pass: median < budgetMs }
}

const ms = (value: number): string => `${value.toFixed(2)} ms`.padStart(11)
export const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL')

export function printBudgetTable(rows: readonly BudgetRow[]): void {
  console.log(`${'task'.padEnd(46)}${'median'.padStart(11)}${'p95'.padStart(11)}  budget (median)`)
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(46)}${ms(row.median)}${ms(row.p95)}  < ${row.budgetMs} ms  ${verdict(row.pass)}`,
    )
  }
}
