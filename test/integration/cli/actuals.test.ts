/**
 * `margin actuals import|report|export` and `margin alerts` on the support-agent example (features
 * `simple` and `complex`, step `loop`, models gpt-4o and gpt-4o-mini, $2 a ticket). Expected
 * figures are read off the fixtures in test/fixtures/actuals by hand.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActualsReport } from '../../../shared/actuals/analysis/report'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { fileHash } from '../../fixtures/fileHash'
import { repoPath } from '../../fixtures/paths'
import { margin } from './runMargin'

const supportAgentJson = '/work/shared/examples/support-agent.json'
const fixture = (name: string) => repoPath(`test/fixtures/actuals/${name}`)

let dir: string
let supportFile: string
let copies = 0

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'amp-actuals-cli-'))
  supportFile = join(dir, 'support.marginplan')
  const run = await margin('import', supportAgentJson, '--out', supportFile)
  expect(run.stderr).toBe('')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function copyOf(file: string): string {
  copies += 1
  const copy = join(dir, `copy-${copies}.marginplan`)
  copyFileSync(file, copy)
  return copy
}

/** The summary line's counts: "N rows read: M matched, U with no feature, R rejected, S not …". */
function countsOf(stdout: string) {
  const match =
    /([\d,]+) rows read: ([\d,]+) matched, ([\d,]+) with no feature, ([\d,]+) rejected, ([\d,]+) not model calls/.exec(
      stdout,
    )
  if (!match) throw new Error(`no summary in: ${stdout}`)
  const [read = 0, matched = 0, unmatched = 0, rejected = 0, skipped = 0] = match
    .slice(1)
    .map((n) => Number(n.replace(/,/g, '')))
  return { read, matched, unmatched, rejected, skipped }
}

async function report(file: string): Promise<ActualsReport> {
  const run = await margin('actuals', 'report', file, '--json')
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as ActualsReport
}

type ExportRow = Record<string, string>

async function exported(file: string): Promise<ExportRow[]> {
  const run = await margin('actuals', 'export', file)
  expect(run.code).toBe(0)
  return Papa.parse<ExportRow>(run.stdout, { header: true, skipEmptyLines: true }).data
}

const sum = (rows: ExportRow[], column: string) =>
  rows.reduce((s, row) => s + Number(row[column]), 0)

function mappingFile(name: string, mapping: object): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(mapping))
  return file
}

describe('each format imports into the support-agent example, every row accounted for', () => {
  const supportProject = { from: 'projectId', values: [{ value: 'proj_support', id: 'simple' }] }
  const cases: {
    file: string
    format: string
    mapping?: object
    expected: {
      read: number
      matched: number
      unmatched: number
      rejected: number
      skipped: number
    }
  }[] = [
    // 5 generations (4 of simple/complex, 1 billing-bot) and 5 spans or events.
    {
      file: 'langfuse-observations.csv',
      format: 'langfuse',
      expected: { read: 10, matched: 4, unmatched: 1, rejected: 0, skipped: 5 },
    },
    {
      file: 'langfuse-observations.json',
      format: 'langfuse',
      expected: { read: 10, matched: 4, unmatched: 1, rejected: 0, skipped: 5 },
    },
    {
      file: 'langfuse-observations.jsonl',
      format: 'langfuse',
      expected: { read: 10, matched: 4, unmatched: 1, rejected: 0, skipped: 5 },
    },
    {
      file: 'helicone-requests.csv',
      format: 'helicone',
      expected: { read: 5, matched: 4, unmatched: 1, rejected: 0, skipped: 0 },
    },
    {
      file: 'helicone-requests.json',
      format: 'helicone',
      expected: { read: 5, matched: 4, unmatched: 1, rejected: 0, skipped: 0 },
    },
    {
      file: 'litellm-spend-logs.csv',
      format: 'litellm',
      expected: { read: 5, matched: 4, unmatched: 1, rejected: 0, skipped: 0 },
    },
    {
      file: 'litellm-spend-logs.json',
      format: 'litellm',
      expected: { read: 5, matched: 4, unmatched: 1, rejected: 0, skipped: 0 },
    },
    // Usage buckets carry no trace name: the project says which feature (proj_billing: none).
    {
      file: 'openai-usage-completions.json',
      format: 'openai',
      mapping: { feature: supportProject },
      expected: { read: 3, matched: 2, unmatched: 1, rejected: 0, skipped: 0 },
    },
    {
      file: 'anthropic-usage-report.json',
      format: 'anthropic',
      mapping: {
        feature: { from: 'projectId', values: [{ value: 'wrkspc_support', id: 'complex' }] },
      },
      expected: { read: 3, matched: 2, unmatched: 1, rejected: 0, skipped: 0 },
    },
    // Six spans: four model calls (one of billing-bot), two without gen_ai usage.
    {
      file: 'otel-genai-spans.json',
      format: 'otel',
      expected: { read: 6, matched: 3, unmatched: 1, rejected: 0, skipped: 2 },
    },
  ]
  for (const { file, format, mapping, expected } of cases) {
    it(`${file} (${format})`, async () => {
      const target = copyOf(supportFile)
      const args = ['actuals', 'import', target, fixture(file), '--format', format]
      if (mapping) args.push('--mapping', mappingFile(`${file}.mapping.json`, mapping))
      const first = await margin(...args)
      expect(first.stderr).toBe('')
      expect(first.code).toBe(0)
      const counts = countsOf(first.stdout)
      expect(counts).toEqual(expected)
      expect(counts.matched + counts.unmatched + counts.rejected + counts.skipped).toBe(counts.read)
      const once = await report(target)
      expect(once.unmatched.rows).toBe(expected.unmatched)
      // The same file again replaces its days: nothing counts twice.
      expect((await margin(...args)).code).toBe(0)
      expect(await report(target)).toEqual(once)
    })
  }

  it('the generic CSV through its column mapping', async () => {
    const target = copyOf(supportFile)
    const columns = mappingFile('columns.json', {
      columns: (await import(fixture('generic-usage.columns.json'), { with: { type: 'json' } }))
        .default,
    })
    const run = await margin(
      'actuals',
      'import',
      target,
      fixture('generic-usage.csv'),
      '--format',
      'csv',
      '--mapping',
      columns,
    )
    expect(run.stderr).toBe('')
    expect(countsOf(run.stdout)).toEqual({
      read: 4,
      matched: 3,
      unmatched: 1,
      rejected: 0,
      skipped: 0,
    })
    // The mapping is saved for the next import (§9).
    const json = await margin('export-json', target)
    const doc = JSON.parse(json.stdout) as WorkspaceDoc
    expect(doc.actualsMappings?.map((m) => m.id)).toEqual(['csv'])
    const again = await margin(
      'actuals',
      'import',
      target,
      fixture('generic-usage.csv'),
      '--format',
      'csv',
    )
    expect(countsOf(again.stdout).matched).toBe(3)
  })
})

describe('tokens', () => {
  it('count cached input once: the Langfuse calls hold 4,300 uncached, 4,000 cached, 1,300 out', async () => {
    const target = copyOf(supportFile)
    await margin(
      'actuals',
      'import',
      target,
      fixture('langfuse-observations.csv'),
      '--format',
      'langfuse',
    )
    const rows = await exported(target)
    // obs-102 1000 + 3000 cached, obs-103 500, obs-202 2000 + 1000 cached, obs-302 800.
    expect(sum(rows, 'inputTokens')).toBe(4_300)
    expect(sum(rows, 'cachedInputTokens')).toBe(4_000)
    expect(sum(rows, 'outputTokens')).toBe(1_300)
    // trace-1 is one ticket of simple (two calls); trace-2 and trace-3 two tickets of complex.
    const byFeature = (id: string) => rows.filter((row) => row.featureId === id)
    expect(sum(byFeature('simple'), 'units')).toBe(1)
    expect(sum(byFeature('complex'), 'units')).toBe(2)
    expect(sum(rows, 'calls')).toBe(4)
    // 23:59:59.9 UTC on the 4th is the 4th.
    expect(
      byFeature('complex')
        .map((row) => row.day)
        .sort(),
    ).toEqual(['2026-11-03', '2026-11-04'])
  })

  it('OpenAI buckets: input_tokens include the cached ones, taken out once', async () => {
    const target = copyOf(supportFile)
    const mapping = mappingFile('openai.json', {
      feature: { from: 'projectId', values: [{ value: 'proj_support', id: 'simple' }] },
    })
    await margin(
      'actuals',
      'import',
      target,
      fixture('openai-usage-completions.json'),
      '--format',
      'openai',
      '--mapping',
      mapping,
    )
    const rows = await exported(target)
    // proj_support: gpt-4o 120,000 in (80,000 cached) over 40 calls, gpt-4o-mini 50,000 over 25.
    expect(sum(rows, 'inputTokens')).toBe(40_000 + 50_000)
    expect(sum(rows, 'cachedInputTokens')).toBe(80_000)
    // No unit ids in a bucket: each request is a unit.
    expect(sum(rows, 'units')).toBe(65)
  })
})

describe('usage and cost side by side', () => {
  it("Anthropic's cost report keeps the usage report's days, and the other way round", async () => {
    const target = copyOf(supportFile)
    const mapping = mappingFile('anthropic.json', {
      feature: { from: 'projectId', values: [{ value: 'wrkspc_support', id: 'complex' }] },
    })
    const usage = ['actuals', 'import', target, fixture('anthropic-usage-report.json')]
    const cost = ['actuals', 'import', target, fixture('anthropic-cost-report.json')]
    const flags = ['--format', 'anthropic', '--mapping', mapping]
    await margin(...usage, ...flags)
    const calls = (await report(target)).features.find((f) => f.id === 'complex')!.calls
    expect(calls).toBeGreaterThan(0)
    await margin(...cost, ...flags)
    const both = (await report(target)).features.find((f) => f.id === 'complex')!
    // The usage rows are still there, and wrkspc_support's bill is $1.2345 + $45.00 (cents).
    expect(both.calls).toBe(calls)
    expect(both.cost).toBeCloseTo(46.2345, 9)
    await margin(...usage, ...flags)
    expect((await report(target)).features.find((f) => f.id === 'complex')).toEqual(both)
  })

  it('a call without a reported cost is priced from the price book, not taken as free', async () => {
    const target = copyOf(supportFile)
    const log = join(dir, 'mixed.jsonl')
    // Two gpt-4o calls of 1M input tokens ($2.50 at the price book): one says it cost $2.50,
    // the other says nothing.
    const call = (trace: string, cost?: number) =>
      JSON.stringify({
        type: 'GENERATION',
        trace_id: trace,
        trace_name: 'simple',
        start_time: '2026-11-02T10:00:00Z',
        provided_model_name: 'gpt-4o',
        usage_details: { input: 1_000_000, output: 0 },
        ...(cost !== undefined && { cost_details: { total: cost } }),
      })
    writeFileSync(log, [call('a', 2.5), call('b')].join('\n'))
    await margin('actuals', 'import', target, log, '--format', 'langfuse')
    const simple = (await report(target)).features.find((f) => f.id === 'simple')!
    expect(simple.cost).toBeCloseTo(5, 9)
  })
})

describe('malformed input is refused or rejected by line, never half-written', () => {
  it('a truncated CSV: the cut last row is rejected with its line number', async () => {
    const target = copyOf(supportFile)
    const text = (await import('node:fs')).readFileSync(
      fixture('langfuse-observations.csv'),
      'utf8',
    )
    const cut = join(dir, 'cut.csv')
    writeFileSync(cut, text.slice(0, text.lastIndexOf(',"{')))
    const run = await margin('actuals', 'import', target, cut, '--format', 'langfuse')
    expect(run.code).toBe(0)
    expect(countsOf(run.stdout)).toMatchObject({ read: 10, rejected: 1 })
    expect(run.stdout).toMatch(/line 11: Too few fields/)
  })

  it('a JSON of another format is refused, naming the format, and the file is untouched', async () => {
    const target = copyOf(supportFile)
    const before = fileHash(target)
    const run = await margin(
      'actuals',
      'import',
      target,
      fixture('openai-usage-completions.json'),
      '--format',
      'langfuse',
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/looks like an OpenAI usage page, not a Langfuse export/)
    expect(fileHash(target)).toBe(before)
  })

  it('negative tokens and a date that does not parse: those rows are rejected by line', async () => {
    const target = copyOf(supportFile)
    const bad = join(dir, 'bad.jsonl')
    const call = (start: string, input: number) =>
      JSON.stringify({
        type: 'GENERATION',
        trace_id: `t-${start}`,
        trace_name: 'simple',
        start_time: start,
        provided_model_name: 'gpt-4o',
        usage_details: { input, output: 10 },
      })
    writeFileSync(
      bad,
      [
        call('2026-11-02T10:00:00Z', 100),
        call('2026-11-02T11:00:00Z', -4),
        call('yesterday', 50),
      ].join('\n'),
    )
    const run = await margin('actuals', 'import', target, bad, '--format', 'langfuse')
    expect(run.code).toBe(0)
    expect(countsOf(run.stdout)).toEqual({
      read: 3,
      matched: 1,
      unmatched: 0,
      rejected: 2,
      skipped: 0,
    })
    expect(run.stdout).toMatch(/line 2: usage_details\.input is -4, expected 0 or more/)
    expect(run.stdout).toMatch(/line 3: .*start_time/)
    expect((await report(target)).features.find((f) => f.id === 'simple')?.calls).toBe(1)
  })

  it('--dry-run reads and counts but writes nothing', async () => {
    const target = copyOf(supportFile)
    const before = fileHash(target)
    const run = await margin(
      'actuals',
      'import',
      target,
      fixture('helicone-requests.csv'),
      '--format',
      'helicone',
      '--dry-run',
    )
    expect(countsOf(run.stdout).read).toBe(5)
    expect(run.stdout).toMatch(/Dry run/)
    expect(fileHash(target)).toBe(before)
  })
})

describe('margin alerts', () => {
  it('exits 0 with no red alert open, 3 while one is', async () => {
    const quiet = copyOf(supportFile)
    await margin(
      'actuals',
      'import',
      quiet,
      fixture('langfuse-observations.csv'),
      '--format',
      'langfuse',
    )
    const calm = await margin('alerts', quiet, '--json')
    expect(calm.code).toBe(0)
    expect(JSON.parse(calm.stdout)).toEqual({ alerts: [] })

    // Three days of simple tickets that cost $3 each against a $2 price: margin −50%, below
    // the feature's 55% floor, which the 3-day rule can first judge on the third day.
    const target = copyOf(supportFile)
    const log = join(dir, 'red.jsonl')
    const lines = ['2026-11-10', '2026-11-11', '2026-11-12'].map((day, i) =>
      JSON.stringify({
        type: 'GENERATION',
        trace_id: `t${i}`,
        trace_name: 'simple',
        start_time: `${day}T12:00:00Z`,
        provided_model_name: 'gpt-4o',
        usage_details: { input: 1000, output: 100 },
        cost_details: { total: 3 },
      }),
    )
    writeFileSync(log, lines.join('\n'))
    await margin('actuals', 'import', target, log, '--format', 'langfuse')
    const red = await margin('alerts', target, '--json')
    expect(red.code).toBe(3)
    const { alerts } = JSON.parse(red.stdout) as {
      alerts: {
        rule: string
        featureId?: string
        openedOn: string
        closedOn: string | null
        value: number
        threshold: number
      }[]
    }
    expect(alerts).toContainEqual(
      expect.objectContaining({
        rule: 'red-3d',
        featureId: 'simple',
        openedOn: '2026-11-12',
        closedOn: null,
        value: -50,
        threshold: 55,
      }),
    )
    // A window that starts after the episode opened still sees it while it is open.
    const lastDay = await margin('alerts', target, '--from', '2026-11-13', '--json')
    expect(lastDay.code).toBe(3)
    const before = await margin('alerts', target, '--to', '2026-11-11', '--json')
    expect(before.code).toBe(0)
    expect(JSON.parse(before.stdout)).toEqual({ alerts: [] })
  })
})
