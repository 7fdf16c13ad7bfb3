import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { margin } from './runMargin'

const examplesDir = '/work/shared/examples'
const supportAgent = join(examplesDir, 'support-agent.json')
let dir: string

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as WorkspaceDoc

/** One document per rule of DESIGN §2 the issue lists, each breaking support-agent.json once. */
const invalidDocs: Record<string, { breakIt: (doc: WorkspaceDoc) => void; names: string }> = {
  'mix-90': {
    breakIt: (doc) => (doc.features[0]!.steps[0]!.mix[0]!.sharePct = 90),
    names: 'features[simple].steps[loop].mix: shares sum to 90, expected 100',
  },
  'negative-price': {
    breakIt: (doc) => (doc.models[0]!.prices[0]!.inputPerMTok = -2.5),
    names: 'inputPerMTok',
  },
  'unknown-model': {
    breakIt: (doc) => (doc.features[0]!.steps[0]!.mix[0]!.modelId = 'gpt-9'),
    names: 'gpt-9',
  },
  'nan-tokens': {
    breakIt: (doc) =>
      ((doc.features[0]!.steps[0] as unknown as Record<string, unknown>).inputTokens = 'NaN'),
    names: 'inputTokens',
  },
  'cache-140': {
    breakIt: (doc) => (doc.features[0]!.responseCacheHitPct = 140),
    names: 'responseCacheHitPct',
  },
  'duplicate-feature': {
    breakIt: (doc) => (doc.features[1]!.id = doc.features[0]!.id),
    names: 'features[simple]',
  },
  'unknown-plan': {
    breakIt: (doc) => (doc.cohorts[0]!.planId = 'enterprise'),
    names: 'planId',
  },
  'prefix-reuse-half': {
    breakIt: (doc) => (doc.features[0]!.steps[0]!.prefixReuse = 0.5),
    names: 'prefixReuse',
  },
  'parent-cycle': {
    breakIt: (doc) => {
      doc.scenarios[0]!.parentId = doc.scenarios[1]!.id
      doc.scenarios[1]!.parentId = doc.scenarios[0]!.id
    },
    names: 'parentId',
  },
  'ghost-override': {
    breakIt: (doc) => (doc.scenarios[0]!.overrides[0]!.path = 'features/ghost/pricePerUnit'),
    names: 'overrides[0]: features/ghost/pricePerUnit: no feature "ghost"',
  },
}

function writeInvalid(name: string): string {
  const doc = readJson(supportAgent)
  invalidDocs[name]!.breakIt(doc)
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(doc, null, 2))
  return file
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'amp-cli-'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('margin validate', () => {
  it('accepts every example workspace', async () => {
    const examples = readdirSync(examplesDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(examplesDir, name))
    const run = await margin('validate', ...examples)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(examples.length)
  })

  it('refuses each broken document with exit 2, naming the path of every problem', async () => {
    const files = Object.keys(invalidDocs).map(writeInvalid)
    const notJson = join(dir, 'not-json.json')
    writeFileSync(notJson, '{\n  "format": ,\n}')
    const run = await margin('validate', ...files, notJson)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trim().split('\n')
    for (const [name, { names }] of Object.entries(invalidDocs)) {
      const file = join(dir, `${name}.json`)
      expect(
        lines.some((line) => line.startsWith(`${file}: `) && line.includes(names)),
        name,
      ).toBe(true)
    }
    expect(lines).toContain(`${notJson}: not valid JSON at line 2, column 13: unexpected ','`)
  })
})

describe('margin import and export-json', () => {
  it('writes no file for an invalid document', async () => {
    const out = join(dir, 'refused.marginplan')
    const run = await margin('import', writeInvalid('mix-90'), '--out', out)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('features[simple].steps[loop].mix: shares sum to 90, expected 100')
    expect(existsSync(out)).toBe(false)
  })

  it('round-trips a document through a workspace file unchanged', async () => {
    const out = join(dir, 'support.marginplan')
    const imported = await margin('import', supportAgent, '--out', out)
    expect(imported.code).toBe(0)
    const exported = await margin('export-json', out)
    expect(exported.code).toBe(0)
    expect(JSON.parse(exported.stdout)).toEqual(readJson(supportAgent))
  })

  it('keeps ranges (baseline and scenario) and the backlog (§13) through the round trip', async () => {
    const doc = readJson(supportAgent)
    doc.ranges = [
      {
        path: 'features/complex/steps/loop/inputTokens',
        low: 8000,
        likely: 12000,
        high: 2e4,
        shape: 'pert',
      },
      {
        path: 'models/provider:openai/prices/*/outputPerMTok',
        low: 5,
        likely: 10,
        high: 12,
        shape: 'uniform',
        group: 'prices',
      },
    ]
    doc.scenarios[0]!.ranges = [
      { path: 'features/complex/pricePerUnit', low: 3, likely: 5, high: 40, shape: 'lognormal' },
    ]
    doc.backlog = [
      {
        id: 'mini',
        title: 'Route complex tickets to the small model',
        overrides: [{ path: 'features/complex/steps/loop/mix/gpt-4o-mini', op: 'set', value: 50 }],
        status: 'planned',
        owner: 'Priya',
        due: '2027-02-15',
        notes: 'Needs a quality check on 200 tickets',
        oneOffCost: 8000,
      },
    ]
    const source = join(dir, 'planned.json')
    writeFileSync(source, JSON.stringify(doc))
    const out = join(dir, 'planned.marginplan')
    expect((await margin('import', source, '--out', out)).code).toBe(0)
    const exported = await margin('export-json', out)
    expect(JSON.parse(exported.stdout)).toEqual(doc)
  })
})

describe('margin compute', () => {
  it('prints the §5 result: support agent at 64.0%, and 72.3077% with complex tickets at $5', async () => {
    const [baseline, priced, unknown] = await Promise.all([
      margin('compute', supportAgent),
      margin('compute', supportAgent, '--scenario', 'price-complex'),
      margin('compute', supportAgent, '--scenario', 'price-simple'),
    ])
    expect(baseline.code).toBe(0)
    const base = JSON.parse(baseline.stdout)
    expect(base.scenarioId).toBeNull()
    expect(base.month).toBe('2026-12')
    expect(base.portfolio.grossMarginPct).toBeCloseTo(64.0, 9)
    expect(priced.code).toBe(0)
    const result = JSON.parse(priced.stdout)
    expect(result.scenarioId).toBe('price-complex')
    expect(result.portfolio.grossMarginPct).toBeCloseTo(72.3077, 4)
    expect(
      result.features.find((f: { id: string }) => f.id === 'complex').grossMarginPct,
    ).toBeCloseTo(64.0, 9)
    expect(unknown.code).toBe(2)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr).toMatch(/^--scenario: no scenario 'price-simple'/)
  })
})
