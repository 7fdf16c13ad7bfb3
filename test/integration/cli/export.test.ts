import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { margin } from './runMargin'

const supportAgent = '/work/shared/examples/support-agent.json'
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'amp-export-'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** The CSV's rows as records keyed by header, BOM dropped, numbers as numbers. */
function readCsv(file: string): Record<string, unknown>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  return Papa.parse<Record<string, unknown>>(text, {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  }).data
}

describe('margin export --format csv', () => {
  it('writes the features table with the known margins (support agent, complex at $5)', async () => {
    const out = join(dir, 'features.csv')
    const run = await margin(
      'export',
      supportAgent,
      '--format',
      'csv',
      '--out',
      out,
      '--scenario',
      'price-complex',
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const rows = readCsv(out)
    expect(rows.map((row) => row.Feature)).toEqual(['Simple resolution', 'Complex resolution'])
    expect(rows[0]!['Gross margin (%)']).toBeCloseTo(77.5, 9)
    expect(rows[1]!['Gross margin (%)']).toBeCloseTo(64, 9)
    expect(rows[1]!['Revenue per unit (USD)']).toBeCloseTo(5, 9)
  })

  it('takes `baseline` as a scenario id and compares against each parent', async () => {
    const out = join(dir, 'comparison.csv')
    const run = await margin(
      'export',
      supportAgent,
      '--out',
      out,
      '--table',
      'comparison',
      '--compare',
      'baseline,price-complex,route-mini',
      '--deltas',
      'parent',
    )
    expect(run.code).toBe(0)
    const rows = readCsv(out)
    const complex = rows.find((row) => row.Metric === 'Complex resolution margin')!
    expect(complex.Baseline).toBeCloseTo(10, 9)
    // route-mini is a child of price-complex: its delta is against $5 pricing, not the baseline.
    expect(complex['Route 30% of complex calls to mini']).toBeCloseTo(74.152, 9)
    expect(complex['Δ vs Price complex resolutions at $5']).toBeCloseTo(74.152 - 64, 9)
  })

  it('makes a formula-like feature name inert', async () => {
    const doc = JSON.parse(readFileSync(supportAgent, 'utf8')) as WorkspaceDoc
    doc.features[0]!.name = '=HYPERLINK("http://example.invalid","x")'
    const input = join(dir, 'hyperlink.json')
    writeFileSync(input, JSON.stringify(doc))
    const out = join(dir, 'hyperlink.csv')
    expect((await margin('export', input, '--out', out)).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`)
  })
})

describe('margin export refuses bad requests and writes nothing', () => {
  it.each([
    [['--scenario', 'ghost'], "--scenario: no scenario 'ghost'"],
    [['--compare', 'baseline,ghost'], "--compare: no scenario 'ghost'"],
    [['--month', '99'], "--month: '99' is not a month of the forecast"],
    [['--format', 'docx'], "--format: 'docx' is not one of pptx, pdf, xlsx, csv"],
    [['--table', 'models'], "--table: 'models' is not one of"],
  ])('%j', async (flags, message) => {
    const out = join(dir, `refused-${flags.join('')}.csv`)
    const run = await margin('export', supportAgent, '--out', out, ...flags)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(existsSync(out)).toBe(false)
  })

  it('leaves no partial file where the target cannot be written', async () => {
    const out = join(dir, 'missing-folder', 'deck.csv')
    const run = await margin('export', supportAgent, '--out', out)
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain(out)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
