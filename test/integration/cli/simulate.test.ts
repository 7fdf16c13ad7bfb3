/**
 * `margin simulate` (DESIGN.md §11) through the CLI as a person runs it: §11's JSON, seeded and
 * byte-for-byte repeatable, the same numbers as the engine called in-process (the UI's worker
 * runs that same call), flags refused naming themselves, and zero-width ranges giving the plan.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { describe, expect, it, vi } from 'vitest'
import type { Range, WorkspaceDoc } from '../../../shared/model/types'
import { simulate, type Percentiles } from '../../../shared/simulation'
import { exampleDocument } from '../../fixtures/documents'
import { repoPath } from '../../fixtures/paths'
import { useTempDirs } from '../../fixtures/tempDir'
import { margin } from './runMargin'

const tempDir = useTempDirs()
// Each CLI run starts Node under tsx, a second or more on a busy machine, and some tests make several.
vi.setConfig({ testTimeout: 60_000 })

/** Spread on a price, on tokens, on volume; two output lengths that move together. */
const ranges: Range[] = [
  { path: 'features/complex/pricePerUnit', low: 1.5, likely: 2, high: 3, shape: 'pert' },
  {
    path: 'features/complex/steps/loop/inputTokens',
    low: 8000,
    likely: 12000,
    high: 20000,
    shape: 'triangular',
  },
  { path: 'cohorts/all/customers', low: 1500, likely: 2000, high: 2600, shape: 'uniform' },
  {
    path: 'features/simple/steps/loop/outputTokens',
    low: 1200,
    likely: 2000,
    high: 3500,
    shape: 'lognormal',
    group: 'verbosity',
  },
  {
    path: 'features/complex/steps/loop/outputTokens',
    low: 1200,
    likely: 2000,
    high: 3500,
    shape: 'lognormal',
    group: 'verbosity',
  },
]

function writeDoc(doc: WorkspaceDoc): string {
  const file = join(tempDir(), 'workspace.json')
  writeFileSync(file, JSON.stringify(doc))
  return file
}

function supportAgentWith(withRanges: Range[]): WorkspaceDoc {
  return { ...exampleDocument('support-agent.json'), ranges: withRanges }
}

const P_KEYS = ['mean', 'p5', 'p25', 'p50', 'p75', 'p95']

function expectP(value: unknown): void {
  expect(Object.keys(value as object).sort()).toEqual([...P_KEYS].sort())
  for (const key of P_KEYS) expect(typeof (value as Record<string, unknown>)[key]).toBe('number')
}

describe('margin simulate --json', () => {
  it("prints every key of §11's JSON, with 2,000 draws from seed 1 at month 0 by default", async () => {
    const run = await margin('simulate', writeDoc(supportAgentWith(ranges)), '--json')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ draws: 2000, seed: 1, month: '2026-12' })
    expectP(result.portfolio.revenue)
    expectP(result.portfolio.grossProfit)
    expectP(result.portfolio.grossMarginPct)
    expect(typeof result.portfolio.probBelowFloor).toBe('number')
    expect(result.features.map((feature: { id: string }) => feature.id)).toEqual([
      'simple',
      'complex',
    ])
    for (const feature of result.features) {
      expectP(feature.grossMarginPct)
      expectP(feature.grossProfit)
      expect(typeof feature.probBelowFloor).toBe('number')
    }
    expect(result.forecast).toHaveLength(12)
    for (const band of result.forecast) {
      expect(band.month).toMatch(/^\d{4}-\d{2}$/)
      expectP(band.grossMarginPct)
      expectP(band.grossProfit)
    }
    // Four sources: three ranges alone and the group.
    expect(result.drivers).toHaveLength(4)
    for (const driver of result.drivers) {
      expect(typeof driver.path).toBe('string')
      expect(driver.varianceShare).toBeGreaterThanOrEqual(0)
    }
  })

  it('prints the same bytes for the same seed and other numbers for another', async () => {
    const file = writeDoc(supportAgentWith(ranges))
    const [first, again, other] = await Promise.all([
      margin('simulate', file, '--draws', '500', '--seed', '42', '--json'),
      margin('simulate', file, '--draws', '500', '--seed', '42', '--json'),
      margin('simulate', file, '--draws', '500', '--seed', '43', '--json'),
    ])
    expect(first.code).toBe(0)
    expect(again.stdout).toBe(first.stdout)
    expect(other.code).toBe(0)
    expect(JSON.parse(other.stdout).portfolio).not.toEqual(JSON.parse(first.stdout).portfolio)
  })

  it('gives exactly what simulate() gives in-process for the same document and options', async () => {
    const doc = supportAgentWith(ranges)
    doc.scenarios[0]!.ranges = [
      { path: 'features/complex/pricePerUnit', low: 4, likely: 5, high: 6.5, shape: 'pert' },
    ]
    const file = writeDoc(doc)
    const run = await margin(
      'simulate',
      file,
      '--scenario',
      'route-mini',
      '--month',
      '2027-02',
      '--draws',
      '700',
      '--seed',
      '9',
      '--json',
    )
    expect(run.code).toBe(0)
    const { result } = simulate(doc, { scenarioId: 'route-mini', month: 2, draws: 700, seed: 9 })
    // Through JSON, as the CLI prints it: a margin without revenue is null on both sides.
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(result)))
  })

  it('gives the deterministic result at every percentile when every range has zero width', async () => {
    const atCurrentValues: Range[] = [
      { path: 'features/complex/pricePerUnit', low: 2, likely: 2, high: 2, shape: 'pert' },
      {
        path: 'features/simple/steps/loop/inputTokens',
        low: 12000,
        likely: 12000,
        high: 12000,
        shape: 'triangular',
      },
      { path: 'cohorts/all/customers', low: 2000, likely: 2000, high: 2000, shape: 'uniform' },
    ]
    const file = writeDoc(supportAgentWith(atCurrentValues))
    const [simulated, computed] = await Promise.all([
      margin('simulate', file, '--draws', '300', '--month', '4', '--json'),
      margin('compute', file, '--month', '4'),
    ])
    expect(simulated.code).toBe(0)
    const result = JSON.parse(simulated.stdout)
    const plan = JSON.parse(computed.stdout)
    const expectEvery = (percentiles: Percentiles, value: number) => {
      for (const key of P_KEYS) expect(percentiles[key as keyof Percentiles], key).toBe(value)
    }
    for (const field of ['revenue', 'grossProfit', 'grossMarginPct'] as const) {
      expectEvery(result.portfolio[field], plan.portfolio[field])
    }
    plan.features.forEach(
      (feature: { id: string; grossProfit: number; grossMarginPct: number }, index: number) => {
        expect(result.features[index].id).toBe(feature.id)
        expectEvery(result.features[index].grossProfit, feature.grossProfit)
        expectEvery(result.features[index].grossMarginPct, feature.grossMarginPct)
      },
    )
    plan.forecast.forEach(
      (month: { month: string; grossProfit: number; grossMarginPct: number }, index: number) => {
        expect(result.forecast[index].month).toBe(month.month)
        expectEvery(result.forecast[index].grossProfit, month.grossProfit)
        expectEvery(result.forecast[index].grossMarginPct, month.grossMarginPct)
      },
    )
  })
})

describe('margin simulate', () => {
  it('prints a table of the distributions, the drivers and the speed without --json', async () => {
    const run = await margin('simulate', writeDoc(supportAgentWith(ranges)), '--draws', '400')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Baseline at 2026-12')
    expect(run.stdout).toMatch(/^Portfolio margin +-?\d/m)
    expect(run.stdout).toMatch(/^Complex resolution gross profit +-?\d/m)
    expect(run.stdout).toContain('What drives the spread of portfolio margin')
    expect(run.stdout).toContain('verbosity (2 ranges)')
    expect(run.stdout).toMatch(/^400 draws in \d+\.\d\d s \([\d,.]+ draws\/s\), seed 1$/m)
    // A pipe is no terminal: no progress line.
    expect(run.stderr).toBe('')
  })

  it.each([
    [['--draws', '0'], /^--draws: 0 must be a whole number from 1 to 100,000/],
    [['--draws', '100001'], /^--draws: 100001 must be a whole number from 1 to 100,000/],
    [['--seed', '-1'], /'--seed'/],
    [['--seed=-1'], /^--seed: -1 must be a whole number from 0 to 4,294,967,295/],
    [['--month', '999'], /^--month: '999' is not a month of the forecast/],
    [['--scenario', 'ghost'], /^--scenario: no scenario 'ghost'/],
  ])('refuses %j with exit 2, naming the flag', async (flags, message) => {
    const run = await margin('simulate', writeDoc(supportAgentWith(ranges)), ...flags)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
  })
})

describe('the bundled margin', () => {
  /** The two entries as electron/build.mjs bundles them, side by side in a `cli` folder. */
  async function bundleCli(dir: string): Promise<string> {
    const common = { bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' } as const
    await build({
      ...common,
      entryPoints: [repoPath('electron/cli/main.ts')],
      outfile: join(dir, 'cli', 'margin.mjs'),
      external: ['better-sqlite3'],
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    })
    await build({
      ...common,
      entryPoints: [repoPath('electron/cli/simulate/simulateWorker.ts')],
      outfile: join(dir, 'cli', 'simulateWorker.mjs'),
    })
    return join(dir, 'cli', 'margin.mjs')
  }

  it('runs the simulation in the worker bundled beside it, with the same numbers', async () => {
    // Inside the repository, so the bundle finds what it leaves to node_modules.
    const cacheDir = repoPath('node_modules/.cache')
    mkdirSync(cacheDir, { recursive: true })
    const dir = mkdtempSync(join(cacheDir, 'amp-cli-bundle-'))
    try {
      const file = writeDoc(supportAgentWith(ranges))
      const args = ['simulate', file, '--draws', '300', '--json']
      const [bundled, fromSource] = await Promise.all([
        bundleCli(dir).then((cli) => promisify(execFile)(process.execPath, [cli, ...args])),
        margin(...args),
      ])
      expect(fromSource.code).toBe(0)
      expect(bundled.stdout).toBe(fromSource.stdout)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
