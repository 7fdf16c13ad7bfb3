/**
 * CatalogStore: which catalog the app offers. A damaged refreshed copy must not cost the user the
 * catalog, and a checkout not yet built converts the genai-prices snapshot itself.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CatalogStore } from '../../../electron/catalog/catalogStore'
import type { Log } from '../../../electron/service/log'
import { RESOURCES_DIR, repoPath } from '../../fixtures/paths'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

describe('CatalogStore', () => {
  it.each([
    ['garbage text', 'catalog? \u0000 not JSON at all {'],
    ['JSON that is not a catalog', JSON.stringify({ format: 'something-else', models: [] })],
    ['a model that is not one', JSON.stringify({ format: 'ai-margin-catalog', models: [null] })],
    [
      'a negative price',
      JSON.stringify({
        format: 'ai-margin-catalog',
        models: [
          {
            id: 'm',
            name: 'm',
            provider: 'acme',
            kind: 'api',
            sourceId: 'm',
            prices: [{ from: '2026-01-01', inputPerMTok: -1, outputPerMTok: 2 }],
          },
        ],
      }),
    ],
  ])('ignores a refreshed copy holding %s, logs it once and serves the shipped one', (_, text) => {
    const refreshedFile = join(tempDir(), 'catalog.json')
    writeFileSync(refreshedFile, text)
    const log = vi.fn<Log>()
    const store = new CatalogStore({ resourcesDir: RESOURCES_DIR, refreshedFile, log })

    const { catalog, origin } = store.current()
    expect(origin).toBe('shipped')
    expect(catalog.asOf).toBe('2026-08-21')
    expect(catalog.models).toHaveLength(1_309)
    expect(store.current().origin).toBe('shipped')
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]![0]).toContain(refreshedFile)
    expect(log.mock.calls[0]![1]).toBeInstanceOf(Error)
    // The damaged copy is left for the user to look at; the next refresh replaces it.
    expect(existsSync(refreshedFile)).toBe(true)
  })

  it('converts the genai-prices snapshot when resources/catalog.json has not been built', () => {
    const resourcesDir = tempDir()
    cpSync(repoPath('resources/genai-prices'), join(resourcesDir, 'genai-prices'), {
      recursive: true,
    })
    expect(existsSync(join(resourcesDir, 'catalog.json'))).toBe(false)
    const store = new CatalogStore({ resourcesDir })

    const { catalog, origin } = store.current()
    expect(origin).toBe('shipped')
    expect(catalog).toMatchObject({
      format: 'ai-margin-catalog',
      version: 1,
      source: 'genai-prices',
      asOf: '2026-08-21',
    })
    expect(catalog.license).toContain('MIT')
    expect(catalog.attribution).toContain('Pydantic Services Inc.')
    expect(catalog.models).toHaveLength(1_309)
    expect(new Set(catalog.models.map((model) => model.provider)).size).toBe(36)
    expect(catalog.providerNames.anthropic).toBe('Anthropic')
    expect(catalog.skipped.pricePoints).toEqual({ 'time-of-day price': 2 })
    const sonnet5 = catalog.models.find(
      (model) => model.provider === 'anthropic' && model.sourceId === 'claude-sonnet-5',
    )
    expect(
      sonnet5?.prices.map((point) => [point.from, point.inputPerMTok, point.outputPerMTok]),
    ).toEqual([
      ['2000-01-01', 2, 10],
      ['2026-09-01', 3, 15],
    ])
  })

  it('without a place for a refreshed catalog, serves the shipped one and refuses to keep one', async () => {
    const store = new CatalogStore({ resourcesDir: RESOURCES_DIR })
    expect(store.current().origin).toBe('shipped')
    expect(() => store.reset()).toThrow('no place to keep a catalog')
    await expect(store.saveRefreshed(store.shipped())).rejects.toThrow('no place to keep a catalog')
  })
})
