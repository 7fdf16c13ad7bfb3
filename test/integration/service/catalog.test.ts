/**
 * The price catalog and price files through the service: catalog/models, catalog/refresh,
 * catalog/reset and prices/preview, then edits/apply with the preview's edits.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CatalogModel } from '../../../shared/catalog/priceBook'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { DEMO_PATH, repoPath } from '../../fixtures/paths'
import { call, callError, startService } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const demo = JSON.parse(readFileSync(DEMO_PATH, 'utf8')) as WorkspaceDoc
const gpt4oCutText = readFileSync(repoPath('test/fixtures/prices/openai-gpt-4o-cut.json'), 'utf8')
const gpt4oCut = {
  fileName: 'openai-gpt-4o-cut.json',
  text: gpt4oCutText,
  asOf: '2026-12-05',
}

const openAiGpt4o = (models: CatalogModel[]) =>
  models.find((model) => model.provider === 'openai' && model.sourceId === 'gpt-4o')
const gpt4oDates = (models: CatalogModel[]) =>
  openAiGpt4o(models)?.prices.map((point) => point.from)

/** A service on a fresh data folder: it opens a copy of the demo workspace. */
function serviceOnDemo() {
  const dataDir = tempDir()
  const { service, logged } = startService({ dataDir })
  return { dataDir, service, logged }
}

describe('catalog/models', () => {
  it('lists the shipped genai-prices snapshot with its date and MIT licence', async () => {
    const { service } = serviceOnDemo()
    const listing = await call(service, 'catalog/models', {})
    expect(listing.origin).toBe('shipped')
    expect(listing.source).toBe('genai-prices')
    expect(listing.asOf).toBe('2026-08-21')
    expect(listing.models).toHaveLength(1_309)
    expect(new Set(listing.models.map((model) => model.provider)).size).toBe(36)
    expect(listing.license).toContain('MIT')
    expect(listing.attribution).toContain('Pydantic Services Inc.')
    expect(listing).not.toHaveProperty('format')
    await service.close()
  })
})

describe('prices/preview', () => {
  it('previews a price cut in the open workspace, and its edits apply it in one call', async () => {
    const { service } = serviceOnDemo()
    const preview = await call(service, 'prices/preview', { ...gpt4oCut, addAll: false })
    // The demo's gpt-4o is in the file; gpt-4o-mini, claude-sonnet-4-5 and
    // text-embedding-3-small are not. The file's 2027-01-01 $1.25/$5/$0.625 differs from the
    // demo's 2024-10-02 $2.5/$10/$1.25 in force that day: one point added. The file's undated
    // $2.5/$10/$1.25 is the price on asOf (2026-12-05, before the cut), and the one in force
    // then already (with the demo's 50% batch discount carried): nothing for it.
    expect(preview).toMatchObject({
      changed: 1,
      unchanged: 0,
      added: 0,
      notInFile: 3,
      pointsAdded: 1,
      pointsReplaced: 0,
    })
    expect(preview.changes).toEqual([
      expect.objectContaining({
        id: 'gpt-4o',
        provider: 'openai',
        pointsAdded: 1,
        pointsReplaced: 0,
        linked: true,
      }),
    ])
    const { lines, firstMonth, lastMonth } = preview.marginEffect
    expect([firstMonth, lastMonth]).toEqual([0, demo.horizonMonths - 1])
    expect(lines.map((line) => line.featureId)).toEqual([
      null,
      ...demo.features.map((feature) => feature.id),
    ])
    const [portfolio] = lines
    expect(portfolio).toMatchObject({ name: 'Portfolio', floorPct: demo.portfolioFloorPct })
    // Dec 2026 pays $2.50 / $10 either way; the cut to $1.25 / $5 starts in January 2027.
    expect(portfolio!.first.after).toBeCloseTo(portfolio!.first.before!, 10)
    expect(portfolio!.last.after).toBeGreaterThan(portfolio!.last.before!)

    const saved = await call(service, 'edits/apply', {
      revision: 0,
      label: 'Refresh prices from openai-gpt-4o-cut.json',
      edits: preview.edits,
    })
    expect(saved.revision).toBe(1)
    const { doc } = await call(service, 'workspace/current', {})
    // The demo's own points stay as they were, its hand-entered 2024-05-13 $5/$15 launch price
    // included; the cut is appended, with the 50% batch discount of the point in force before.
    expect(doc.models.find((model) => model.id === 'gpt-4o')).toStrictEqual({
      ...demo.models.find((model) => model.id === 'gpt-4o'),
      sourceId: 'gpt-4o',
      prices: [
        { from: '2024-05-13', inputPerMTok: 5, outputPerMTok: 15 },
        {
          from: '2024-10-02',
          inputPerMTok: 2.5,
          outputPerMTok: 10,
          cacheReadPerMTok: 1.25,
          batchDiscountPct: 50,
        },
        {
          from: '2027-01-01',
          inputPerMTok: 1.25,
          outputPerMTok: 5,
          cacheReadPerMTok: 0.625,
          batchDiscountPct: 50,
        },
      ],
    })
    expect(doc.models.filter((model) => model.id !== 'gpt-4o')).toStrictEqual(
      demo.models.filter((model) => model.id !== 'gpt-4o'),
    )

    const again = await call(service, 'prices/preview', { ...gpt4oCut, addAll: false })
    expect(again).toMatchObject({
      changed: 0,
      unchanged: 1,
      pointsAdded: 0,
      pointsReplaced: 0,
      edits: [],
    })
    // Also on a later day, once the cut has started: the undated price is then history.
    const later = await call(service, 'prices/preview', {
      ...gpt4oCut,
      asOf: '2027-02-01',
      addAll: false,
    })
    expect(later).toMatchObject({ changed: 0, unchanged: 1, pointsAdded: 0, edits: [] })
    await service.close()
  })

  it('refuses a malformed price file naming the file, the model and the field', async () => {
    const { service } = serviceOnDemo()
    const broken = gpt4oCutText.replace('"output_mtok": 10', '"output_mtok": -10')
    expect(broken).not.toBe(gpt4oCutText)
    const error = await callError(service, 'prices/preview', {
      ...gpt4oCut,
      fileName: 'broken.json',
      text: broken,
      addAll: false,
    })
    expect(error.code).toBe('invalid-price-file')
    expect(error.message).toBe(
      'broken.json: model "gpt-4o" (openai): prices[0].prices.output_mtok is negative (-10)',
    )
    expect((await call(service, 'workspace/current', {})).revision).toBe(0)
    await service.close()
  })
})

describe('catalog/refresh and catalog/reset', () => {
  it('a dry run writes nothing; a refresh keeps the catalog in the data folder until reset', async () => {
    const { dataDir, service } = serviceOnDemo()
    const refreshed = join(dataDir, 'catalog.json')
    // The snapshot's gpt-4o has only the undated price: the file adds the 2027-01-01 cut.
    const expected = {
      added: 0,
      changed: 1,
      unchanged: 0,
      pointsAdded: 1,
      models: 1_309,
      asOf: '2026-12-05',
    }

    const dry = await call(service, 'catalog/refresh', { ...gpt4oCut, dryRun: true })
    expect(dry).toMatchObject(expected)
    expect(existsSync(refreshed)).toBe(false)
    const shipped = await call(service, 'catalog/models', {})
    expect(shipped.origin).toBe('shipped')
    expect(gpt4oDates(shipped.models)).toEqual(['2000-01-01'])

    const done = await call(service, 'catalog/refresh', { ...gpt4oCut, dryRun: false })
    expect(done).toMatchObject(expected)
    expect(existsSync(refreshed)).toBe(true)
    const listing = await call(service, 'catalog/models', {})
    expect(listing).toMatchObject({
      origin: 'refreshed',
      source: 'openai-gpt-4o-cut.json',
      asOf: '2026-12-05',
    })
    expect(listing.models).toHaveLength(1_309)
    expect(gpt4oDates(listing.models)).toEqual(['2000-01-01', '2027-01-01'])
    expect(openAiGpt4o(listing.models)?.prices[1]).toStrictEqual({
      from: '2027-01-01',
      inputPerMTok: 1.25,
      outputPerMTok: 5,
      cacheReadPerMTok: 0.625,
    })

    expect(await call(service, 'catalog/reset', {})).toEqual({ models: 1_309, asOf: '2026-08-21' })
    expect(existsSync(refreshed)).toBe(false)
    expect(await call(service, 'catalog/models', {})).toMatchObject({
      origin: 'shipped',
      asOf: '2026-08-21',
    })
    await service.close()
  })

  it('a refresh that changes nothing keeps no catalog in the data folder', async () => {
    const { dataDir, service } = serviceOnDemo()
    // openai-gpt-4o-cut.json without its 2027 cut: gpt-4o's undated $2.5/$10/$1.25 alone, the
    // shipped catalog's gpt-4o price (from 2000-01-01), so in force on asOf already.
    const [openai] = JSON.parse(gpt4oCutText) as [{ models: [{ prices: unknown[] }] }]
    openai.models[0].prices = openai.models[0].prices.slice(0, 1)
    const repeat = {
      fileName: 'gpt-4o-now.json',
      text: JSON.stringify([openai]),
      asOf: '2026-12-05',
    }
    const result = await call(service, 'catalog/refresh', { ...repeat, dryRun: false })
    expect(result).toMatchObject({ added: 0, changed: 0, unchanged: 1, pointsAdded: 0 })
    expect(existsSync(join(dataDir, 'catalog.json'))).toBe(false)
    expect(await call(service, 'catalog/models', {})).toMatchObject({
      origin: 'shipped',
      asOf: '2026-08-21',
    })

    // Once refreshed, the same file again on a later day leaves the kept catalog as it was.
    await call(service, 'catalog/refresh', { ...gpt4oCut, dryRun: false })
    const kept = readFileSync(join(dataDir, 'catalog.json'), 'utf8')
    const again = await call(service, 'catalog/refresh', {
      ...gpt4oCut,
      asOf: '2027-02-01',
      dryRun: false,
    })
    expect(again).toMatchObject({ added: 0, changed: 0, pointsAdded: 0 })
    expect(readFileSync(join(dataDir, 'catalog.json'), 'utf8')).toBe(kept)
    expect(await call(service, 'catalog/models', {})).toMatchObject({
      origin: 'refreshed',
      asOf: '2026-12-05',
    })
    await service.close()
  })

  it('a later service reads the refreshed catalog the earlier one kept', async () => {
    const { dataDir, service } = serviceOnDemo()
    await call(service, 'catalog/refresh', { ...gpt4oCut, dryRun: false })
    await service.close()

    const later = startService({ dataDir }).service
    expect(await call(later, 'catalog/models', {})).toMatchObject({
      origin: 'refreshed',
      asOf: '2026-12-05',
    })
    await later.close()
  })

  it('refuses a malformed file with invalid-price-file and keeps no refreshed catalog', async () => {
    const { dataDir, service } = serviceOnDemo()
    const error = await callError(service, 'catalog/refresh', {
      ...gpt4oCut,
      fileName: 'cut-short.json',
      text: gpt4oCutText.slice(0, 100),
      dryRun: false,
    })
    expect(error.code).toBe('invalid-price-file')
    expect(error.message).toMatch(/^cut-short\.json: not valid JSON \(is the file complete\?\)/)
    expect(existsSync(join(dataDir, 'catalog.json'))).toBe(false)
    await service.close()
  })
})
