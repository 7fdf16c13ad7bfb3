/**
 * `margin import-prices`: a price file (genai-prices or LiteLLM) into a workspace file. Expected
 * prices come from the files themselves: resources/genai-prices/data_slim.json (36 providers,
 * 1,309 models, each with an input or output price; 2 time-of-day entries), support-agent.json
 * (gpt-4o and gpt-4o-mini, typed by hand: no sourceId) and test/fixtures/prices/.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Model, WorkspaceDoc } from '../../../shared/model/types'
import { fileHash } from '../../fixtures/fileHash'
import { repoPath } from '../../fixtures/paths'
import { margin } from './runMargin'

const snapshot = repoPath('resources/genai-prices/data_slim.json')
const gpt4oCut = repoPath('test/fixtures/prices/openai-gpt-4o-cut.json')
const liteLlmSample = repoPath('test/fixtures/prices/litellm-sample.json')
const supportAgentJson = '/work/shared/examples/support-agent.json'
const supportAgent = JSON.parse(readFileSync(supportAgentJson, 'utf8')) as WorkspaceDoc

/** A hand-typed model of a provider no price file here knows: a refresh must leave it alone. */
const inHouse: Model = {
  id: 'in-house',
  name: 'In-house router',
  provider: 'acme',
  kind: 'api',
  prices: [{ from: '2025-01-01', inputPerMTok: 1, outputPerMTok: 2 }],
}

let dir: string
/** support-agent.json as a workspace file; tests that write work on copies of it. */
let supportFile: string
/** The same with `inHouse` among its models. */
let supportInHouseFile: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'amp-import-prices-'))
  supportFile = join(dir, 'support.marginplan')
  supportInHouseFile = join(dir, 'support-in-house.marginplan')
  const inHouseJson = join(dir, 'support-in-house.json')
  writeFileSync(
    inHouseJson,
    JSON.stringify({ ...supportAgent, models: [...supportAgent.models, inHouse] }),
  )
  const runs = await Promise.all([
    margin('import', supportAgentJson, '--out', supportFile),
    margin('import', inHouseJson, '--out', supportInHouseFile),
  ])
  for (const run of runs) expect(run.stderr).toBe('')
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

let copies = 0
/** A copy of a workspace file for a test that changes it. */
function copyOf(file: string): string {
  copies += 1
  const copy = join(dir, `copy-${copies}.marginplan`)
  copyFileSync(file, copy)
  return copy
}

async function exported(file: string): Promise<WorkspaceDoc> {
  const run = await margin('export-json', file)
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as WorkspaceDoc
}

const modelOf = (doc: WorkspaceDoc, provider: string, sourceId: string): Model | undefined =>
  doc.models.find((model) => model.provider === provider && model.sourceId === sourceId)

const byId = (doc: WorkspaceDoc, id: string): Model | undefined =>
  doc.models.find((model) => model.id === id)

describe('margin import-prices --all with the genai-prices snapshot', () => {
  it('adds every model of the snapshot with its dated prices and long-context tier', async () => {
    const file = copyOf(supportFile)
    const run = await margin('import-prices', file, snapshot, '--all')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // support-agent's two models are in the snapshot and get linked; the other 1,307 are added.
    // Points: 1,322 entries in the snapshot's 1,309 models (2 time-of-day ones left out), one of
    // them gpt-4o's and one gpt-4o-mini's. Those two are undated, the price on the run's date,
    // and already the price in force then (support-agent's $2.5/$10/$1.25 and $0.15/$0.6/$0.075
    // at 50% batch, which the file point takes on): nothing added, nothing changed. The added
    // models bring 1,322 - 2 = 1,320 points.
    expect(run.stdout).toContain(
      'Models: 2 changed, 0 unchanged, 1,307 added, 0 not in the file (kept)\n' +
        'Price points added: 1,320, changed: 0 (none removed)\n' +
        'Skipped: 2 dated prices left out: time-of-day price 2\n',
    )
    expect(run.stdout).toMatch(
      /Changed model +Provider +In force Dec 2026 .* +Points added +changed/,
    )
    // Linked, in force in December 2026 $2.50 / $10 before and after, no point added or changed.
    expect(run.stdout).toMatch(
      /GPT-4o \(now linked\) +openai +\$2\.50 \/ \$10\.00 → \$2\.50 \/ \$10\.00 +0 +0\n/,
    )
    expect(run.stdout).toMatch(
      /GPT-4o mini \(now linked\) +openai +\$0\.15 \/ \$0\.60 → \$0\.15 \/ \$0\.60 +0 +0\n/,
    )
    expect(run.stdout).toMatch(/^Portfolio +55\.0%/m)
    expect(run.stdout).toContain(`Updated ${file}.`)

    const doc = await exported(file)
    expect(doc.models).toHaveLength(1_309)
    expect(new Set(doc.models.map((model) => model.provider)).size).toBe(36)
    expect(new Set(doc.models.map((model) => model.id)).size).toBe(1_309)
    expect(modelOf(doc, 'anthropic', 'claude-sonnet-5')?.prices).toStrictEqual([
      {
        from: '2000-01-01',
        inputPerMTok: 2,
        outputPerMTok: 10,
        cacheReadPerMTok: 0.2,
        cacheWritePerMTok: 2.5,
      },
      {
        from: '2026-09-01',
        inputPerMTok: 3,
        outputPerMTok: 15,
        cacheReadPerMTok: 0.3,
        cacheWritePerMTok: 3.75,
      },
    ])
    // Above 200k input tokens every token type takes its tier price (the source's cliff rule);
    // from 2026-03-13 the snapshot prices claude-opus-4-6 without tiers.
    expect(modelOf(doc, 'anthropic', 'claude-opus-4-6')?.prices).toStrictEqual([
      {
        from: '2000-01-01',
        inputPerMTok: 5,
        outputPerMTok: 25,
        cacheReadPerMTok: 0.5,
        cacheWritePerMTok: 6.25,
        longContext: {
          thresholdTokens: 200_000,
          inputPerMTok: 10,
          outputPerMTok: 37.5,
          cacheReadPerMTok: 1,
          cacheWritePerMTok: 12.5,
        },
      },
      {
        from: '2026-03-13',
        inputPerMTok: 5,
        outputPerMTok: 25,
        cacheReadPerMTok: 0.5,
        cacheWritePerMTok: 6.25,
      },
    ])
    // The hand-typed models keep their ids and their own 2024 points, now linked to the file.
    expect(byId(doc, 'gpt-4o')).toStrictEqual({ ...supportAgent.models[0], sourceId: 'gpt-4o' })
    expect(byId(doc, 'gpt-4o-mini')).toStrictEqual({
      ...supportAgent.models[1],
      sourceId: 'gpt-4o-mini',
    })
    expect(doc.features).toStrictEqual(supportAgent.features)

    const before = fileHash(file)
    const again = await margin('import-prices', file, snapshot, '--all')
    expect(again.stderr).toBe('')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(
      'Models: 0 changed, 1,309 unchanged, 0 added, 0 not in the file (kept)\n' +
        'Price points added: 0, changed: 0 (none removed)\n',
    )
    expect(again.stdout).not.toContain('Changed model')
    expect(again.stdout).toContain(`Nothing to change: ${file} already has these prices.`)
    expect(fileHash(file)).toBe(before)
  })

  it('--dry-run prints the preview and leaves the workspace file byte for byte as it was', async () => {
    const before = fileHash(supportFile)
    const run = await margin('import-prices', supportFile, snapshot, '--all', '--dry-run')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'Models: 2 changed, 0 unchanged, 1,307 added, 0 not in the file (kept)\n' +
        'Price points added: 1,320, changed: 0 (none removed)\n',
    )
    expect(run.stdout).toMatch(/^Portfolio +55\.0%/m)
    expect(run.stdout).toContain(`Dry run: ${supportFile} is unchanged.`)
    expect(fileHash(supportFile)).toBe(before)
  })
})

describe('margin import-prices without --all', () => {
  it('changes and links only the models the file knows, and adds none', async () => {
    const file = copyOf(supportInHouseFile)
    const run = await margin('import-prices', file, snapshot)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // Both OpenAI models are linked; the snapshot repeats the prices they have (see above).
    expect(run.stdout).toContain(
      'Models: 2 changed, 0 unchanged, 0 added, 1 not in the file (kept)\n' +
        'Price points added: 0, changed: 0 (none removed)\n',
    )

    const doc = await exported(file)
    expect(doc.models.map((model) => model.id)).toEqual(['gpt-4o', 'gpt-4o-mini', 'in-house'])
    expect(byId(doc, 'gpt-4o')).toStrictEqual({ ...supportAgent.models[0], sourceId: 'gpt-4o' })
    expect(byId(doc, 'gpt-4o-mini')).toStrictEqual({
      ...supportAgent.models[1],
      sourceId: 'gpt-4o-mini',
    })
    expect(byId(doc, 'in-house')).toStrictEqual(inHouse)
    expect({ ...doc, models: [] }).toStrictEqual({ ...supportAgent, models: [] })
  })
})

describe('margin import-prices with a LiteLLM file', () => {
  it('--as-of dates a new point only for a model whose price differs, once', async () => {
    // The sample prices gpt-4o as support-agent does ($2.50 / $10, cache $1.25, batches at half
    // price); gpt-4o-mini is added here at $0.12 / $0.48 against support-agent's $0.15 / $0.60.
    const sample = JSON.parse(readFileSync(liteLlmSample, 'utf8')) as Record<string, unknown>
    const prices = join(dir, 'litellm-gpt-4o-mini-cut.json')
    writeFileSync(
      prices,
      JSON.stringify({
        ...sample,
        'gpt-4o-mini': {
          litellm_provider: 'openai',
          mode: 'chat',
          input_cost_per_token: 1.2e-7,
          output_cost_per_token: 4.8e-7,
          cache_read_input_token_cost: 6e-8,
          input_cost_per_token_batches: 6e-8,
          output_cost_per_token_batches: 2.4e-7,
        },
      }),
    )
    const file = copyOf(supportFile)
    const run = await margin('import-prices', file, prices, '--as-of', '2027-03-01')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // gpt-4o: the same price on 2027-03-01, only linked. gpt-4o-mini: linked, and $0.12/$0.48
    // differs from the 2024-07-18 $0.15/$0.60 in force that day: one point appended.
    expect(run.stdout).toContain(
      'Models: 2 changed, 0 unchanged, 0 added, 0 not in the file (kept)\n' +
        'Price points added: 1, changed: 0 (none removed)\n',
    )

    const doc = await exported(file)
    expect(doc.models).toHaveLength(2)
    expect(byId(doc, 'gpt-4o')).toStrictEqual({ ...supportAgent.models[0], sourceId: 'gpt-4o' })
    expect(byId(doc, 'gpt-4o-mini')).toStrictEqual({
      ...supportAgent.models[1],
      sourceId: 'gpt-4o-mini',
      prices: [
        ...supportAgent.models[1]!.prices,
        {
          from: '2027-03-01',
          inputPerMTok: 0.12,
          outputPerMTok: 0.48,
          cacheReadPerMTok: 0.06,
          batchDiscountPct: 50,
        },
      ],
    })

    // The same file on a later day: in force on 2027-06-01 are gpt-4o's 2024 price and
    // gpt-4o-mini's new 2027-03-01 one, both the file's prices already.
    const before = fileHash(file)
    const later = await margin('import-prices', file, prices, '--as-of', '2027-06-01')
    expect(later.stderr).toBe('')
    expect(later.stdout).toContain(
      'Models: 0 changed, 2 unchanged, 0 added, 0 not in the file (kept)\n' +
        'Price points added: 0, changed: 0 (none removed)\n',
    )
    expect(later.stdout).toContain(`Nothing to change: ${file} already has these prices.`)
    expect(fileHash(file)).toBe(before)

    // Another gpt-4o-mini price for 2027-03-01: $0.10 / $0.40, cache $0.05, batches at half.
    // In force that day is the point of that very day: it is changed in place, none added.
    const recut = join(dir, 'litellm-gpt-4o-mini-recut.json')
    writeFileSync(
      recut,
      JSON.stringify({
        ...sample,
        'gpt-4o-mini': {
          litellm_provider: 'openai',
          mode: 'chat',
          input_cost_per_token: 1e-7,
          output_cost_per_token: 4e-7,
          cache_read_input_token_cost: 5e-8,
          input_cost_per_token_batches: 5e-8,
          output_cost_per_token_batches: 2e-7,
        },
      }),
    )
    const replaced = await margin('import-prices', file, recut, '--as-of', '2027-03-01')
    expect(replaced.stderr).toBe('')
    expect(replaced.stdout).toContain(
      'Models: 1 changed, 1 unchanged, 0 added, 0 not in the file (kept)\n' +
        'Price points added: 0, changed: 1 (none removed)\n',
    )
    // Already linked; in force in December 2026 is still the 2024-07-18 price; 0 added, 1 changed.
    expect(replaced.stdout).toMatch(
      /\nGPT-4o mini +openai +\$0\.15 \/ \$0\.60 → \$0\.15 \/ \$0\.60 +0 +1\n/,
    )
    expect(byId(await exported(file), 'gpt-4o-mini')?.prices).toStrictEqual([
      ...supportAgent.models[1]!.prices,
      {
        from: '2027-03-01',
        inputPerMTok: 0.1,
        outputPerMTok: 0.4,
        cacheReadPerMTok: 0.05,
        batchDiscountPct: 50,
      },
    ])
  })
})

/** A JSON file in the test folder, returned by path. */
function writePrices(name: string, content: unknown): string {
  const file = join(dir, name)
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

/** openai-gpt-4o-cut.json with one price of its gpt-4o replaced. */
function genaiWith(pointIndex: number, field: string, value: unknown): unknown {
  const json = JSON.parse(readFileSync(gpt4oCut, 'utf8')) as {
    models: { prices: { prices: Record<string, unknown> }[] }[]
  }[]
  json[0]!.models[0]!.prices[pointIndex]!.prices[field] = value
  return json
}

/** litellm-sample.json with one price of its gpt-4o replaced. */
function liteLlmWith(field: string, value: unknown): unknown {
  const json = JSON.parse(readFileSync(liteLlmSample, 'utf8')) as Record<string, object>
  return { ...json, 'gpt-4o': { ...json['gpt-4o'], [field]: value } }
}

describe('margin import-prices refuses', () => {
  const refusals: { name: string; prices: () => string; says: string[] }[] = [
    {
      name: 'a truncated file',
      prices: () => writePrices('truncated.json', readFileSync(gpt4oCut, 'utf8').slice(0, 200)),
      says: ['truncated.json: not valid JSON (is the file complete?)'],
    },
    {
      name: 'a negative genai-prices price',
      prices: () => writePrices('genai-negative.json', genaiWith(1, 'input_mtok', -1.25)),
      says: ['model "gpt-4o" (openai)', 'prices[1].prices.input_mtok is negative (-1.25)'],
    },
    {
      name: 'a genai-prices price given as text',
      prices: () => writePrices('genai-text.json', genaiWith(0, 'output_mtok', '3.00')),
      says: ['model "gpt-4o" (openai)', 'prices[0].prices.output_mtok must be a number'],
    },
    {
      name: 'a negative LiteLLM price',
      prices: () =>
        writePrices('litellm-negative.json', liteLlmWith('output_cost_per_token', -1e-5)),
      says: ['model "gpt-4o" (openai)', 'output_cost_per_token is negative'],
    },
    {
      name: 'a LiteLLM price given as text',
      prices: () => writePrices('litellm-text.json', liteLlmWith('input_cost_per_token', '3.00')),
      says: [
        'model "gpt-4o" (openai)',
        'input_cost_per_token must be a number, got the text "3.00"',
      ],
    },
    {
      // $1e303 a token is a finite number, but no finite price per million tokens.
      name: 'a LiteLLM price too large to hold',
      prices: () => writePrices('litellm-huge.json', liteLlmWith('input_cost_per_token', 1e303)),
      says: ['model "gpt-4o" (openai)', 'input_cost_per_token is too large (1e+303 per token)'],
    },
  ]

  it.each(refusals)(
    '$name with exit 2, naming the file and what is wrong, writing nothing',
    async ({ prices, says }) => {
      const file = prices()
      const before = fileHash(supportFile)
      const run = await margin('import-prices', supportFile, file, '--all')
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr.startsWith(`${file}: `)).toBe(true)
      for (const words of says) expect(run.stderr).toContain(words)
      expect(fileHash(supportFile)).toBe(before)
    },
  )

  it('a missing price file, a workspace that is not a .marginplan and a bad --as-of, with exit 2', async () => {
    const before = fileHash(supportFile)
    const missing = join(dir, 'no-such-prices.json')
    const [noFile, notWorkspace, badDate] = await Promise.all([
      margin('import-prices', supportFile, missing),
      margin('import-prices', supportAgentJson, snapshot),
      margin('import-prices', supportFile, snapshot, '--as-of', '2027-02-30'),
    ])
    expect(noFile.code).toBe(2)
    expect(noFile.stderr).toBe(`${missing}: no such file\n`)
    expect(notWorkspace.code).toBe(2)
    expect(notWorkspace.stderr).toContain('the workspace must be a .marginplan file')
    expect(notWorkspace.stderr).toContain('usage: margin import-prices <workspace.marginplan>')
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toBe(`--as-of: '2027-02-30' is not a date (YYYY-MM-DD)\n`)
    for (const run of [noFile, notWorkspace, badDate]) expect(run.stdout).toBe('')
    expect(fileHash(supportFile)).toBe(before)
  })
})
