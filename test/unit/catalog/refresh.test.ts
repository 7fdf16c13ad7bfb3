/**
 * planRefresh and refreshEdits (DESIGN.md §8) on small hand-made books. The merge rule is
 * mergePrices.ts's: a refresh never removes a point, appends new points at the end of the list
 * (scenario overrides address points by position), replaces a point only on its own day, and lets
 * the file's undated price speak only on `asOf`, while no dated point of the file has started.
 * Every expected list below is worked out from the inputs in the comment above it.
 */
import { describe, expect, it } from 'vitest'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { planRefresh, refreshEdits } from '../../../shared/catalog/refresh'
import { indexInForce } from '../../../shared/engine/prices'
import type { Model, PricePoint } from '../../../shared/model/types'
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

/** The point the engine prices `date` with (the last dated on or before it, else the earliest). */
const inForceOn = (points: readonly PricePoint[], date: string) =>
  points[indexInForce(points, date)!]

describe('planRefresh from a price history (genai-prices)', () => {
  it("adds the file's dated price after the model's own point, which stays", () => {
    const doc = workspace({ models: [linked('m', 'acme', 'm', [point('2024-05-13', 2.5, 10)])] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 2, 8), point('2026-03-01', 1.5, 6)]),
    ])
    const applied = applyRefresh(doc, book, history)
    // 2026-03-01: the model's price in force that day is its 2024-05-13 $2.5/$10, not $1.5/$6, and
    // it has no point on 2026-03-01: the file's point is appended. The undated $2/$8 is history
    // the file's 2026-03-01 point (on or before asOf 2026-08-01) superseded: ignored, so the
    // model's own $2.5/$10 from 2024-05-13 is not rewritten.
    expect(onlyUpdate(applied).after).toEqual([
      point('2024-05-13', 2.5, 10),
      point('2026-03-01', 1.5, 6),
    ])
    expect(planCounts(applied.plan)).toEqual({
      changed: 1,
      added: 0,
      unchanged: 0,
      notInFile: 0,
      pointsAdded: 1,
      pointsReplaced: 0,
    })
    expect(modelOf(applied, 'm').prices).toEqual(onlyUpdate(applied).after)
  })

  it("keeps a workspace point dated after the file's date, and its prices", () => {
    const own = [point('2024-01-01', 5, 15), point('2026-10-01', 4, 12)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    // The file's undated $5/$15 is the price on asOf (no dated point in the file): in force on
    // 2026-08-01 is the model's 2024-01-01 $5/$15 already, so nothing changes at all.
    const same = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 5, 15)]),
    ])
    expect(planCounts(planRefresh(doc.models, same, history))).toMatchObject({
      changed: 0,
      unchanged: 1,
    })
    // An undated $3/$9 differs from that $5/$15: a point on asOf is appended; the user's
    // 2026-10-01 $4/$12 stays where it was and is still the price from October.
    const cut = priceBook('genai-prices', [catalogEntry('acme', 'm', [point(UNDATED_FROM, 3, 9)])])
    const { after } = onlyUpdate(applyRefresh(doc, cut, history))
    expect(after).toEqual([...own, point(AS_OF, 3, 9)])
    expect(inForceOn(after, '2026-09-30')).toEqual(point(AS_OF, 3, 9))
    expect(inForceOn(after, '2026-11-01')).toEqual(point('2026-10-01', 4, 12))
  })

  it("replaces in place the workspace's point on a day the file prices too", () => {
    const own = [point('2024-01-01', 1, 1), point('2026-09-01', 9, 9), point('2027-01-01', 8, 8)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [point(UNDATED_FROM, 1, 1), point('2026-09-01', 3, 15)]),
    ])
    const applied = applyRefresh(doc, book, history)
    // 2026-09-01: in force is the model's own $9/$9 of that day, not $3/$15: replaced at its
    // position (1). The undated $1/$1 is the price on asOf (the file's only dated point is after
    // it): in force on 2026-08-01 is the 2024-01-01 $1/$1, so nothing for it.
    expect(onlyUpdate(applied).after).toEqual([
      point('2024-01-01', 1, 1),
      point('2026-09-01', 3, 15),
      point('2027-01-01', 8, 8),
    ])
    expect(planCounts(applied.plan)).toMatchObject({ pointsAdded: 0, pointsReplaced: 1 })
  })

  it("carries the batch discount in force on each file point's own day", () => {
    // 50% from 2024-01-01, 25% from 2026-01-01.
    const own = [
      point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 }),
      point('2026-01-01', 2.5, 10, { batchDiscountPct: 25 }),
    ]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    const book = priceBook('genai-prices', [
      catalogEntry('acme', 'm', [
        point(UNDATED_FROM, 2.5, 10),
        point('2025-06-01', 2, 8),
        point('2026-09-01', 3, 12),
      ]),
    ])
    const applied = applyRefresh(doc, book, history)
    // 2025-06-01: in force is the 2024-01-01 point (50%): $2/$8 at 50% is new, appended.
    // 2026-09-01: in force is the 2026-01-01 point (25%): $3/$12 at 25% is new, appended.
    // The undated price is superseded by the 2025-06-01 point (before asOf): ignored.
    expect(onlyUpdate(applied).after).toEqual([
      ...own,
      point('2025-06-01', 2, 8, { batchDiscountPct: 50 }),
      point('2026-09-01', 3, 12, { batchDiscountPct: 25 }),
    ])
    expect(planCounts(applied.plan)).toMatchObject({ pointsAdded: 2, pointsReplaced: 0 })
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
      pointsReplaced: 0,
    })
    expect(refreshEdits(plan)).toEqual([])
  })
})

describe('planRefresh from a current price (LiteLLM)', () => {
  /** LiteLLM's reader dates the file's one price on the day it is told (the refresh's asOf). */
  const current = (input: number, output: number, extra: Partial<PricePoint> = {}) =>
    priceBook('litellm', [catalogEntry('acme', 'm', [point(AS_OF, input, output, extra)])])

  it('adds a point on the effective date when the price differs, batch discount kept', () => {
    const doc = workspace({
      models: [linked('m', 'acme', 'm', [point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 })])],
    })
    const applied = applyRefresh(doc, current(2, 8), history)
    // In force on asOf: $2.5/$10 at 50%; the file's $2/$8 has no batch price, so it keeps 50%.
    expect(onlyUpdate(applied).after).toEqual([
      point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 }),
      point(AS_OF, 2, 8, { batchDiscountPct: 50 }),
    ])
    expect(planCounts(applied.plan)).toMatchObject({ pointsAdded: 1, pointsReplaced: 0 })
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
      pointsReplaced: 0,
    })
  })

  it("takes the file's own batch discount over the workspace's", () => {
    const doc = workspace({
      models: [linked('m', 'acme', 'm', [point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 })])],
    })
    // Same token prices, but the file says batches cost 25% less, not 50%: a new point.
    expect(
      onlyUpdate(applyRefresh(doc, current(2.5, 10, { batchDiscountPct: 25 }), history)).after,
    ).toEqual([
      point('2024-01-01', 2.5, 10, { batchDiscountPct: 50 }),
      point(AS_OF, 2.5, 10, { batchDiscountPct: 25 }),
    ])
  })

  it('replaces a point already dated on the effective date, in place', () => {
    const own = [point('2024-01-01', 1, 1), point(AS_OF, 2, 2), point('2027-01-01', 4, 4)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    const applied = applyRefresh(doc, current(3, 3), history)
    // In force on asOf is the model's own $2/$2 of that day: it becomes $3/$3, still second.
    expect(onlyUpdate(applied).after).toEqual([
      point('2024-01-01', 1, 1),
      point(AS_OF, 3, 3),
      point('2027-01-01', 4, 4),
    ])
    expect(planCounts(applied.plan)).toMatchObject({ pointsAdded: 0, pointsReplaced: 1 })
  })

  it('compares with the price in force on the day and appends, keeping later points', () => {
    const own = [point('2024-01-01', 1, 1), point('2026-10-01', 3, 3)]
    const doc = workspace({ models: [linked('m', 'acme', 'm', own)] })
    // In force on 2026-08-01: $1/$1 (the $3/$3 starts in October), so $3/$3 is new on that day.
    // It goes at the end of the list, not between the two: positions 0 and 1 keep their points.
    expect(onlyUpdate(applyRefresh(doc, current(3, 3), history)).after).toEqual([
      point('2024-01-01', 1, 1),
      point('2026-10-01', 3, 3),
      point(AS_OF, 3, 3),
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
      models: [handTyped('anthropic~claude-sonnet-5', 'OpenRouter', [point(UNDATED_FROM, 3, 15)])],
    })
    // The provider matches whatever its case. $3/$15 is in force on asOf already: no point is
    // added or replaced, yet the model is changed (linked) and its prices rewritten as they were.
    const plan = planRefresh(doc.models, book, history)
    expect(plan.changed.map((u) => [u.linkSourceId, u.pointsAdded, u.pointsReplaced])).toEqual([
      ['anthropic/claude-sonnet-5', 0, 0],
    ])
    expect(plan.changed[0]!.after).toEqual([point(UNDATED_FROM, 3, 15)])
    expect(planCounts(plan)).toMatchObject({ changed: 1, unchanged: 0 })
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
      pointsReplaced: 0,
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
      pointsReplaced: 0,
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
    // gpt-4o: the undated $2.5/$10 on asOf differs from its own $5/$15: appended (1 point);
    // gpt-4o@azure 1 point and m 2 points are new with their models: 4 in all.
    expect(planCounts(applied.plan)).toMatchObject({ pointsAdded: 4, pointsReplaced: 0 })
    expect(modelOf(applied, 'gpt-4o').prices).toEqual([
      point('2025-01-01', 5, 15),
      point(AS_OF, 2.5, 10),
    ])
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

  const nothing = {
    changed: 0,
    added: 0,
    unchanged: 3,
    notInFile: 0,
    pointsAdded: 0,
    pointsReplaced: 0,
  }

  const historyDoc = () =>
    workspace({
      models: [
        handTyped('m', 'acme', [point('2024-01-01', 5, 15, { batchDiscountPct: 50 })]),
        linked('n', 'acme', 'n', [point('2024-01-01', 1, 1), point('2026-12-01', 0.5, 0.5)]),
      ],
    })
  const historyBook = priceBook('genai-prices', [
    catalogEntry('acme', 'm', [point(UNDATED_FROM, 2, 10), point('2026-09-01', 3, 15)]),
    catalogEntry('acme', 'n', [point(UNDATED_FROM, 1, 2)]),
    catalogEntry('other', 'm', [point(UNDATED_FROM, 9, 9)]),
  ])

  it('changes nothing the second time from a price history', () => {
    // m, n and the added m@other all match now.
    expect(planCounts(twice(historyDoc(), historyBook))).toEqual(nothing)
  })

  it('changes nothing when the same history comes again with a later date', () => {
    const doc = workspace({
      models: [handTyped('m', 'acme', [point('2024-01-01', 5, 15, { batchDiscountPct: 50 })])],
    })
    const book = priceBook('genai-prices', [historyBook.models[0]!, historyBook.models[2]!])
    // First, on 2026-08-01: no dated point of the file has started by asOf, so its undated
    // $2/$10 is the price that day, where $5/$15 is in force: appended, with the 50% in force.
    // Then the file's 2026-09-01 $3/$15 differs from that $2/$10: appended too, at 50%.
    const first = applyRefresh(doc, book, { addAll: true, asOf: AS_OF })
    expect(modelOf(first, 'm').prices).toEqual([
      point('2024-01-01', 5, 15, { batchDiscountPct: 50 }),
      point(AS_OF, 2, 10, { batchDiscountPct: 50 }),
      point('2026-09-01', 3, 15, { batchDiscountPct: 50 }),
    ])
    // Again on 2027-02-01: the file's 2026-09-01 point has started, so the undated price is
    // history and ignored; in force on 2026-09-01 is that very point. m@other is unchanged too.
    const later = { addAll: true, asOf: '2027-02-01' }
    expect(planCounts(planRefresh(first.doc.models, book, later))).toEqual({
      ...nothing,
      unchanged: 2,
    })
  })

  it('changes nothing the second time from a current price, on the same day or later', () => {
    const doc = workspace({
      models: [handTyped('m', 'acme', [point('2024-01-01', 5, 15, { batchDiscountPct: 50 })])],
    })
    const dated = (from: string) =>
      priceBook('litellm', [catalogEntry('acme', 'm', [point(from, 4, 12)])])
    const options = { addAll: true, asOf: AS_OF }
    const first = applyRefresh(doc, dated(AS_OF), options)
    // m: [2024-01-01 $5/$15, 2026-08-01 $4/$12], both at 50%.
    expect(first.doc.models[0]!.prices).toEqual([
      point('2024-01-01', 5, 15, { batchDiscountPct: 50 }),
      point(AS_OF, 4, 12, { batchDiscountPct: 50 }),
    ])
    expect(planCounts(planRefresh(first.doc.models, dated(AS_OF), options))).toMatchObject({
      changed: 0,
      added: 0,
      unchanged: 1,
    })
    // The same file read again on 2027-02-01 dates its price then: in force that day is
    // the 2026-08-01 $4/$12 at 50% already.
    const later = { addAll: true, asOf: '2027-02-01' }
    expect(planCounts(planRefresh(first.doc.models, dated(later.asOf), later))).toMatchObject({
      changed: 0,
      added: 0,
      unchanged: 1,
    })
  })
})
