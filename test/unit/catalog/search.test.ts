import { describe, expect, it } from 'vitest'
import type { CatalogModel } from '../../../shared/catalog/priceBook'
import { catalogEntries, searchCatalog } from '../../../shared/catalog/search'
import { snapshotBook } from './realSnapshot'

const model = (provider: string, sourceId: string): CatalogModel => ({
  id: sourceId.replaceAll('/', '~'),
  name: sourceId,
  provider,
  kind: 'api',
  sourceId,
  prices: [{ from: '2000-01-01', inputPerMTok: 1, outputPerMTok: 1 }],
})

const label = (m: CatalogModel): string => `${m.provider}:${m.sourceId}`

describe('searchCatalog on the shipped snapshot', () => {
  const book = snapshotBook()
  const entries = catalogEntries(book.models, book.providerNames)

  it('ranks anthropic claude-sonnet-5 first for "sonnet 5"', () => {
    const found = searchCatalog(entries, 'sonnet 5')
    expect(label(found.models[0]!)).toBe('anthropic:claude-sonnet-5')
    // The bedrock and openrouter listings of the same model match too, ranked after it.
    const labels = found.models.map(label)
    expect(labels).toContain('openrouter:anthropic/claude-sonnet-5')
    expect(labels).toContain('aws:global.anthropic.claude-sonnet-5-v1:0')
  })

  it('finds gpt-4o for "gpt4o", written without its dash', () => {
    const found = searchCatalog(entries, 'gpt4o')
    expect(found.models.map(label)).toContain('openai:gpt-4o')
  })

  it('puts the model whose id is the query itself first', () => {
    expect(label(searchCatalog(entries, 'gpt-4o').models[0]!)).toBe('openai:gpt-4o')
    expect(label(searchCatalog(entries, 'GPT-4o').models[0]!)).toBe('openai:gpt-4o')
  })

  it('matches a repeated digit to two words: "llama 3.3 70b" is llama-3.3-70b first', () => {
    const labels = searchCatalog(entries, 'llama 3.3 70b').models.map(label)
    // Exactly the query's four words, before its -specdec and -versatile variants.
    expect(labels[0]).toBe('cerebras:llama-3.3-70b')
    expect(labels.indexOf('groq:llama3-70b-8192')).toBeGreaterThan(
      labels.indexOf('groq:llama-3.3-70b-versatile'),
    )
  })

  it('keeps to one provider when asked', () => {
    const found = searchCatalog(entries, 'claude', { provider: 'anthropic', limit: 1_000 })
    expect(found.total).toBeGreaterThan(0)
    expect(found.models.every((m) => m.provider === 'anthropic')).toBe(true)
    const all = searchCatalog(entries, 'claude', { limit: 1_000 })
    expect(all.total).toBeGreaterThan(found.total)
  })

  it('lists every model for an empty query, counting them all beyond the limit', () => {
    const found = searchCatalog(entries, '   ')
    expect(found.total).toBe(book.models.length)
    expect(found.models).toHaveLength(50)
    expect(searchCatalog(entries, '', { limit: 5_000 }).models).toHaveLength(book.models.length)
  })

  it('finds nothing for a word no model has', () => {
    expect(searchCatalog(entries, 'zzqx')).toEqual({ models: [], total: 0 })
  })
})

describe('searchCatalog on a small catalog', () => {
  const models = [
    model('acme', 'turbo-large-2'),
    model('acme', 'turbo-2'),
    model('acme', 'large-turbo'),
    model('hub', 'acme/turbo-2'),
    model('beta', 'falcon'),
  ]
  const entries = catalogEntries(models, { beta: 'Beta Labs', hub: 'Model Hub' })
  const search = (query: string, limit?: number) =>
    searchCatalog(entries, query, limit === undefined ? {} : { limit })

  it('needs every word of the query to start a word of the model', () => {
    expect(search('turbo 2').models.map(label)).not.toContain('acme:large-turbo')
    expect(search('turbo 3').total).toBe(0)
  })

  it('ranks words side by side, in order, before scattered ones', () => {
    // "turbo 2": side by side in turbo-2 (2 words) and acme/turbo-2 (3 words); scattered in
    // turbo-large-2.
    expect(search('turbo 2').models.map(label)).toEqual([
      'acme:turbo-2',
      'hub:acme/turbo-2',
      'acme:turbo-large-2',
    ])
  })

  it('ranks ids that start with the query first, then the shorter id', () => {
    expect(search('turbo').models.map(label)).toEqual([
      'acme:turbo-2', // starts with it, 2 words
      'acme:turbo-large-2', // starts with it, 3 words
      'acme:large-turbo', // contains it, 2 words
      'hub:acme/turbo-2', // contains it, 3 words
    ])
  })

  it('matches the provider id and its display name', () => {
    expect(search('beta').models.map(label)).toEqual(['beta:falcon'])
    expect(search('labs').models.map(label)).toEqual(['beta:falcon'])
  })

  it('returns the best `limit` matches and the total count', () => {
    const found = search('turbo', 2)
    expect(found.total).toBe(4)
    expect(found.models.map(label)).toEqual(['acme:turbo-2', 'acme:turbo-large-2'])
  })
})
