import { describe, expect, it } from 'vitest'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { planRefresh, refreshEdits } from '../../../shared/catalog/refresh'
import type { Model } from '../../../shared/model/types'
import { apiModel, workspace } from '../engine/builders'
import {
  applyRefresh,
  catalogEntry,
  planCounts,
  point,
  priceBook,
  type Applied,
} from './refreshHelpers'

const AS_OF = '2026-08-01'
const history = { addAll: false, asOf: AS_OF }

/** A workspace model typed by hand (no source id), with its own price points. */
const handTyped = (id: string, provider: string, prices: Model['prices']): Model => ({
  ...apiModel(id, { inputPerMTok: 0, outputPerMTok: 0 }, { provider }),
  prices,
})

/** The same model, already linked to its source. */
const linked = (id: string, provider: string, sourceId: string, prices: Model['prices']) => ({
  ...handTyped(id, provider, prices),
  sourceId,
})

const onlyUpdate = ({ plan }: Applied) => {
  expect(plan.changed).toHaveLength(1)
  return plan.changed[0]!
}

const modelOf = ({ doc }: Applied, id: string): Model => {
  const found = doc.models.find((m) => m.id === id)
  if (!found) throw new Error(`no model ${id}`)
  return found
}

describe('planRefresh from a price history (genai-prices)', () => {
  it("replaces the points up to the file's date with the file's history", () => {
    const doc = workspace({ models: [linked('m', 'acme', 'm', [point('2024-05-13', 2.5, 10)])] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 2, 8), point('2026-03-01', 1.5, 6)]),
    ])
    const applied = applyRefresh(doc, book, history)
    expect(onlyUpdate(applied).after).toEqual([
      point(UNDATED_FROM, 2, 8),
      point('2026-03-01', 1.5, 6),
    ])
    // Both of the file's dates are new to the model.
    expect(planCounts(applied.plan)).toEqual({
      changed: 1,
      added: 0,
      unchanged: 0,
      notInFile: 0,
      pointsAdded: 2,
    })
    expect(modelOf(applied, 'm').prices).toEqual(onlyUpdate(applied).after)
  })

  it("keeps a workspace point dated after the file's date", () => {
    const own = [point('2024-01-01', 5, 15), point('2026-10-01', 4, 12)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 5, 15)]),
    ])
    expect(onlyUpdate(applyRefresh(doc, book, history)).after).toEqual([
      point(UNDATED_FROM, 5, 15),
      point('2026-10-01', 4, 12),
    ])
  })

  it("takes the file's point over the workspace's on a later day both have", () => {
    const own = [point('2024-01-01', 1, 1), point('2026-09-01', 9, 9)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 1, 1), point('2026-09-01', 3, 15)]),
    ])
    expect(onlyUpdate(applyRefresh(doc, book, history)).after).toEqual([
      point(UNDATED_FROM, 1, 1),
      point('2026-09-01', 3, 15),
    ])
  })

  it("carries the batch discount in force on the file's date onto every file point", () => {
    // 50% until 2026, 25% from 2026-01-01: the point in force on 2026-08-01 says 25.
    const own = [
      point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 }),
      point('2026-01-01', 2.5, 10, { batchDiscountPct: 25 }),
    ]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 2.5, 10), point('2026-09-01', 3, 12)]),
    ])
    expect(onlyUpdate(applyRefresh(doc, book, history)).after).toEqual([
      point(UNDATED_FROM, 2.5, 10, { batchDiscountPct: 25 }),
      point('2026-09-01', 3, 12, { batchDiscountPct: 25 }),
    ])
  })

  it('counts a model whose history the file repeats as unchanged', () => {
    const prices = [point(UNDATED_FROM, 2, 10, { cacheReadPerMTok: 0.2 })]
    const doc = workspace({ models: [linked('m', 'acme', 'm', prices)] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 2, 10, { cacheReadPerMTok: 0.2 })]),
    ])
    const plan = planRefresh(doc.models, book, history)
    expect(planCounts(plan)).toEqual({
      changed: 0,
      added: 0,
      unchanged: 1,
      notInFile: 0,
      pointsAdded: 0,
    })
    expect(refreshEdits(plan)).toEqual([])
  })
})

describe('planRefresh from a current price (LiteLLM)', () => {
  const current = (input: number, output: number, extra = {}) =>
    priceBook('litellm', [catalogEntry('acme', 'm', [point('2026-07-01', input, output, extra)])])

  it('adds a point on the effective date when the price differs, batch discount kept', () => {
    const doc = workspace({
      models: [linked('m', 'acme', 'm', [point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 })])],
    })
    const applied = applyRefresh(doc, current(2, 8), history)
    expect(onlyUpdate(applied).after).toEqual([
      point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 }),
      point(AS_OF, 2, 8, { batchDiscountPct: 50 }),
    ])
    expect(applied.plan.pointsAdded).toBe(1)
  })

  it('changes nothing when the price is already the one in force that day', () => {
    const doc = workspace({
      models: [linked('m', 'acme', 'm', [point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 })])],
    })
    // Without a batch price in the file, the kept 50% makes it the same price.
    expect(planCounts(planRefresh(doc.models, current(2.5, 10), history))).toEqual({
      changed: 0,
      added: 0,
      unchanged: 1,
      notInFile: 0,
      pointsAdded: 0,
    })
  })

  it('replaces a point already dated on the effective date', () => {
    const own = [point('2024-01-01', 1, 1), point(AS_OF, 2, 2)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    const applied = applyRefresh(doc, current(3, 3), history)
    expect(onlyUpdate(applied).after).toEqual([point('2024-01-01', 1, 1), point(AS_OF, 3, 3)])
    expect(applied.plan.pointsAdded).toBe(0)
  })

  it('compares with the price in force on the day, keeping later points', () => {
    const own = [point('2024-01-01', 1, 1), point('2026-10-01', 3, 3)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    // In force on 2026-08-01: $1/$1, so $3/$3 is new on that day.
    expect(onlyUpdate(applyRefresh(doc, current(3, 3), history)).after).toEqual([
      point('2024-01-01', 1, 1),
      point(AS_OF, 3, 3),
      point('2026-10-01', 3, 3),
    ])
  })
})

describe('planRefresh matching workspace models to the file', () => {
  const sonnet = catalogEntry('openrouter', 'anthropic/claude-sonnet-5', [
    point(UNDATED_FROM, 3, 15),
  ])
  const book = priceBook('genai-prices', [sonnet])

  it('links a hand-typed model of the same provider whose id is the path-safe source id', () => {
    const doc = workspace({
      models: [handTyped('anthropic~claude-sonnet-5', 'openrouter', [point('2025-01-01', 3, 15)])],
    })
    const applied = applyRefresh(doc, book, history)
    expect(onlyUpdate(applied).linkSourceId).toBe('anthropic/claude-sonnet-5')
    expect(modelOf(applied, 'anthropic~claude-sonnet-5').sourceId).toBe('anthropic/claude-sonnet-5')
  })

  it('links a hand-typed model even when its prices already agree', () => {
    const doc = workspace({
      models: [handTyped('anthropic~claude-sonnet-5', 'openrouter', [point(UNDATED_FROM, 3, 15)])],
    })
    const plan = planRefresh(doc.models, book, history)
    expect(plan.changed.map((u) => [u.linkSourceId, u.pointsAdded])).toEqual([
      ['anthropic/claude-sonnet-5', 0],
    ])
  })

  it('finds a linked model by its source id whatever its workspace id', () => {
    const doc = workspace({
      models: [
        linked('sonnet', 'openrouter', 'anthropic/claude-sonnet-5', [point('2025-01-01', 1, 1)]),
      ],
    })
    const update = onlyUpdate(applyRefresh(doc, book, history))
    expect(update.id).toBe('sonnet')
    expect(update.linkSourceId).toBeUndefined()
  })

  it("does not match another provider's model of the same id", () => {
    const doc = workspace({
      models: [handTyped('anthropic~claude-sonnet-5', 'anthropic', [point('2025-01-01', 1, 1)])],
    })
    expect(planCounts(planRefresh(doc.models, book, history))).toEqual({
      changed: 0,
      added: 0,
      unchanged: 0,
      notInFile: 1,
      pointsAdded: 0,
    })
  })

  it('never matches a self-hosted model, nor counts it as missing from the file', () => {
    const selfHosted: Model = {
      ...handTyped('anthropic~claude-sonnet-5', 'openrouter', [point('2025-01-01', 0, 0)]),
      kind: 'self-hosted',
    }
    const plan = planRefresh([selfHosted], book, history)
    expect(planCounts(plan)).toEqual({
      changed: 0,
      added: 0,
      unchanged: 0,
      notInFile: 0,
      pointsAdded: 0,
    })
  })

  it("passes the reader's skip counts through to the preview", () => {
    const skipping = {
      ...book,
      skipped: { models: { 'no token prices': 2 }, pricePoints: {}, priceFields: { audio: 1 } },
    }
    expect(planRefresh([], skipping, history).skipped).toEqual(skipping.skipped)
  })
})

describe('planRefresh adding the rest of the file', () => {
  const book = priceBook('genai-prices', [
    catalogEntry('openai', 'gpt-4o', [point(UNDATED_FROM, 2.5, 10)]),
    catalogEntry('azure', 'gpt-4o', [point(UNDATED_FROM, 2.75, 11)]),
    catalogEntry('acme', 'm', [point(UNDATED_FROM, 1, 2), point('2026-09-01', 2, 4)]),
  ])
  const addAll = { addAll: true, asOf: AS_OF }

  it('adds nothing without addAll', () => {
    expect(planRefresh([], book, history).added).toEqual([])
  })

  it('copies every model with its history, source id and provider', () => {
    const applied = applyRefresh(workspace({}), book, addAll)
    expect(applied.doc.models).toEqual([
      { ...book.models[0]!, id: 'gpt-4o' },
      // The second gpt-4o finds the id taken by openai's: it gets @azure.
      { ...book.models[1]!, id: 'gpt-4o@azure' },
      { ...book.models[2]!, id: 'm' },
    ])
    // 1 + 1 + 2 points, all new.
    expect(applied.plan.pointsAdded).toBe(4)
  })

  it("qualifies an added model's id when the workspace has it from another provider", () => {
    const doc = workspace({ models: [handTyped('m', 'other', [point('2025-01-01', 1, 1)])] })
    const applied = applyRefresh(doc, book, addAll)
    expect(applied.plan.added.map((m) => m.id)).toEqual(['gpt-4o', 'gpt-4o@azure', 'm@acme'])
    expect(applied.plan.notInFile).toBe(1)
  })

  it('does not add again a model the workspace already has', () => {
    const doc = workspace({ models: [handTyped('gpt-4o', 'openai', [point('2025-01-01', 5, 15)])] })
    const applied = applyRefresh(doc, book, addAll)
    expect(applied.plan.changed.map((u) => u.id)).toEqual(['gpt-4o'])
    expect(applied.plan.added.map((m) => m.id)).toEqual(['gpt-4o@azure', 'm'])
  })

  it('adds the catalog model beside a self-hosted one of the same id', () => {
    const selfHosted: Model = {
      ...handTyped('m', 'acme', [point('2025-01-01', 0, 0)]),
      kind: 'self-hosted',
    }
    const applied = applyRefresh(workspace({ models: [selfHosted] }), book, addAll)
    expect(applied.plan.added.map((m) => m.id)).toContain('m@acme')
    expect(modelOf(applied, 'm')).toEqual(selfHosted)
  })
})

describe('applying the same file twice', () => {
  const twice = (doc: ReturnType<typeof workspace>, book: ReturnType<typeof priceBook>) => {
    const options = { addAll: true, asOf: AS_OF }
    const first = applyRefresh(doc, book, options)
    return planRefresh(first.doc.models, book, options)
  }

  it('changes nothing the second time from a price history', () => {
    const doc = workspace({
      models: [
        handTyped('m', 'acme', [point('2024-01-01', 5, 15, { batchDiscountPct: 50 })]),
        linked('n', 'acme', 'n', [point('2024-01-01', 1, 1), point('2026-12-01', 0.5, 0.5)]),
      ],
    })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 2, 10), point('2026-09-01', 3, 15)]),
      catalogEntry('acme', 'n', [point(UNDATED_FROM, 1, 2)]),
      catalogEntry('other', 'm', [point(UNDATED_FROM, 9, 9)]),
    ])
    const second = twice(doc, book)
    // m, n and the added m@other all match now.
    expect(planCounts(second)).toEqual({
      changed: 0,
      added: 0,
      unchanged: 3,
      notInFile: 0,
      pointsAdded: 0,
    })
  })

  it('changes nothing the second time from a current price', () => {
    const doc = workspace({
      models: [handTyped('m', 'acme', [point('2024-01-01', 5, 15, { batchDiscountPct: 50 })])],
    })
    const book = priceBook('litellm', [catalogEntry('acme', 'm', [point('2026-07-01', 4, 12)])])
    expect(planCounts(twice(doc, book))).toMatchObject({ changed: 0, added: 0, unchanged: 1 })
  })
})
