/** A catalog model brought into a workspace: copied once, or linked to the hand-typed copy. */
import { describe, expect, it } from 'vitest'
import { catalogModelIn } from '../../../shared/catalog/fromCatalog'
import type { CatalogModel } from '../../../shared/catalog/priceBook'
import type { Model } from '../../../shared/model/types'

const catalogGpt4o: CatalogModel = {
  id: 'gpt-4o',
  name: 'gpt-4o',
  provider: 'openai',
  kind: 'api',
  sourceId: 'gpt-4o',
  prices: [{ from: '2000-01-01', inputPerMTok: 2.5, outputPerMTok: 10 }],
}
const handTyped: Model = {
  id: 'gpt-4o',
  name: 'GPT-4o',
  provider: 'OpenAI',
  kind: 'api',
  prices: [{ from: '2024-10-02', inputPerMTok: 2.5, outputPerMTok: 10, batchDiscountPct: 50 }],
}

describe('catalogModelIn', () => {
  it('copies a model the workspace lacks, with its whole price history', () => {
    expect(catalogModelIn([], catalogGpt4o)).toEqual({
      id: 'gpt-4o',
      edits: [{ op: 'insert', path: 'models', value: catalogGpt4o }],
    })
  })

  it('links the hand-typed model of the same provider and id instead of copying it twice', () => {
    expect(catalogModelIn([handTyped], catalogGpt4o)).toEqual({
      id: 'gpt-4o',
      edits: [{ op: 'set', path: 'models/gpt-4o/sourceId', value: 'gpt-4o' }],
    })
  })

  it('uses the hand-typed model as it is when told not to link it (in a scenario)', () => {
    expect(catalogModelIn([handTyped], catalogGpt4o, { link: false })).toEqual({
      id: 'gpt-4o',
      edits: [],
    })
    expect(catalogModelIn([], catalogGpt4o, { link: false })).toEqual({
      id: 'gpt-4o',
      edits: [{ op: 'insert', path: 'models', value: catalogGpt4o }],
    })
  })

  it('uses a model already linked as it is', () => {
    expect(catalogModelIn([{ ...handTyped, sourceId: 'gpt-4o' }], catalogGpt4o)).toEqual({
      id: 'gpt-4o',
      edits: [],
    })
  })

  it('gives another provider’s model of the same name an id of its own', () => {
    const azure = { ...catalogGpt4o, provider: 'azure' }
    const { id } = catalogModelIn([{ ...handTyped, sourceId: 'gpt-4o' }], azure)
    expect(id).toBe('gpt-4o@azure')
  })
})
