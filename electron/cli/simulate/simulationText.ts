/** `margin simulate` without `--json`: the distributions as a table, the drivers, the speed. */
import type { WorkspaceDoc } from '../../../shared/model/types'
import { scenarioName } from '../../../shared/report/scenarioNames'
import type { Driver, MarginDistribution, Percentiles } from '../../../shared/simulation'
import { formatMoney, formatPct, formatTable } from '../table'
import type { FinishedRun } from './runInWorker'

/** The drivers worth a line: the rest explain little of the spread. */
const TOP_DRIVERS = 5

const count = (value: number) => value.toLocaleString('en-US')
const threeDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 })
const share = (fraction: number) => formatPct(fraction * 100).replace('.00%', '%')

function percentileCells(
  percentiles: Percentiles | null,
  format: (value: number) => string,
): string[] {
  if (percentiles === null) return ['—', '—', '—', '—']
  const { mean, p5, p50, p95 } = percentiles
  return [mean, p5, p50, p95].map(format)
}

/** Two rows per subject: its margin (with the share of draws below its floor), its gross profit. */
function distributionRows(label: string, distribution: MarginDistribution): string[][] {
  return [
    [
      `${label} margin`,
      ...percentileCells(distribution.grossMarginPct, formatPct),
      share(distribution.probBelowFloor),
    ],
    [`${label} gross profit`, ...percentileCells(distribution.grossProfit, formatMoney), ''],
  ]
}

function driversText(drivers: readonly Driver[]): string {
  if (drivers.length === 0) return 'No ranges in force: every draw is the plan.'
  const rows = drivers
    .slice(0, TOP_DRIVERS)
    .map((driver) => [
      driver.group === undefined ? driver.path : `${driver.group} (${driver.paths.length} ranges)`,
      share(driver.varianceShare),
    ])
  return `What drives the spread of portfolio margin\n${formatTable(['', 'Share'], rows)}`
}

export function simulationText(doc: WorkspaceDoc, { result, elapsedMs }: FinishedRun): string {
  const names = new Map(doc.features.map((feature) => [feature.id, feature.name]))
  const table = formatTable(
    ['', 'Mean', 'P5', 'P50', 'P95', 'Below floor'],
    [
      ...distributionRows('Portfolio', result.portfolio),
      ...result.features.flatMap((feature) =>
        distributionRows(names.get(feature.id) ?? feature.id, feature),
      ),
    ],
  )
  const seconds = elapsedMs / 1000
  const drawn = `${count(result.draws)} ${result.draws === 1 ? 'draw' : 'draws'}`
  const speed = `${drawn} in ${seconds.toFixed(2)} s (${threeDigits.format(
    result.draws / seconds,
  )} draws/s), seed ${result.seed}`
  return [
    `${scenarioName(doc, result.scenarioId)} at ${result.month}`,
    table,
    driversText(result.drivers),
    speed,
  ].join('\n\n')
}
