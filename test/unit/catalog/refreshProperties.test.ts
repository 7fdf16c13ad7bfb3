/**
 * The refresh's key properties (DESIGN.md §8): the same file applied twice changes nothing the
 * second time, and a refresh never removes or reorders a workspace's price point. Over small random workspaces (hand-typed, linked and self-hosted models, dated
 * points on both sides of the file's date, batch discounts) and small random books of both kinds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import type { CatalogModel, PriceBook } from '../../../shared/catalog/priceBook'
import { planRefresh, type RefreshOptions } from '../../../shared/catalog/refresh'
import type { Model, PricePoint } from '../../../shared/model/types'
import { workspace } from '../engine/builders'
import { applyRefresh, catalogEntry, priceBook } from './refreshHelpers'

const PROVIDERS = ['acme', 'beta'] as const
const SOURCE_IDS = ['m1', 'm2', 'x/m1'] as const
/** Workspace ids: the path-safe source ids, one a refresh would qualify, and one no file has. */
const WORKSPACE_IDS = ['m1', 'm2', 'x~m1', 'm1@acme', 'own'] as const
const DATES = ['2024-01-01', '2025-06-01', '2026-03-01', '2026-08-01', '2026-09-01', '2027-01-01']

const price = fc.integer({ min: 0, max: 40 }).map((n) => n / 4)

const prices = (withBatch: boolean): fc.Arbitrary<Omit<PricePoint, 'from'>> =>
  fc
    .record(
      {
        inputPerMTok: price,
        outputPerMTok: price,
        cacheReadPerMTok: price,
        batchDiscountPct: withBatch ? fc.constantFrom(25, 50) : fc.constant(undefined),
        longContext: fc.record({
          thresholdTokens: fc.constantFrom(128_000, 200_000),
          inputPerMTok: price,
          outputPerMTok: price,
        }),
      },
      { requiredKeys: ['inputPerMTok', 'outputPerMTok'] },
    )
    .map((point) =>
      Object.fromEntries(Object.entries(point).filter(([, v]) => v !== undefined)),
    ) as fc.Arbitrary<Omit<PricePoint, 'from'>>

/** 1–3 points on distinct dates, in any order. */
const points = (dates: readonly string[], withBatch: boolean): fc.Arbitrary<PricePoint[]> =>
  fc
    .uniqueArray(fc.constantFrom(...dates), { minLength: 1, maxLength: 3 })
    .chain((froms) =>
      fc.tuple(...froms.map((from) => prices(withBatch).map((p): PricePoint => ({ from, ...p })))),
    )

const workspaceModel: fc.Arbitrary<Omit<Model, 'id'>> = fc.record(
  {
    name: fc.constant('model'),
    provider: fc.constantFrom(...PROVIDERS),
    kind: fc.constantFrom<Model['kind']>('api', 'api', 'self-hosted'),
    prices: points(DATES, true),
    sourceId: fc.constantFrom(...SOURCE_IDS),
  },
  { requiredKeys: ['name', 'provider', 'kind', 'prices'] },
)

const workspaceModels: fc.Arbitrary<Model[]> = fc
  .uniqueArray(fc.constantFrom(...WORKSPACE_IDS), { maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map((id) => workspaceModel.map((m): Model => ({ id, ...m })))))

/** A genai-prices model: an undated point, as the reader gives plain prices, and dated ones. */
const historyPoints = points([UNDATED_FROM, ...DATES], false).map((list) =>
  list.some((p) => p.from === UNDATED_FROM)
    ? list
    : [{ ...list[0]!, from: UNDATED_FROM }, ...list.slice(1)],
)

/** A LiteLLM model: one current price, maybe with a batch discount, dated as the reader dates it. */
const currentPoints = (asOf: string) =>
  prices(true).map((p): PricePoint[] => [{ from: asOf, ...p }])

const bookOf = (source: PriceBook['source'], asOf: string): fc.Arbitrary<PriceBook> =>
  fc
    .uniqueArray(fc.tuple(fc.constantFrom(...PROVIDERS), fc.constantFrom(...SOURCE_IDS)), {
      selector: ([provider, sourceId]) => `${provider}|${sourceId}`,
      maxLength: 5,
    })
    .chain((keys) =>
      fc.tuple(
        ...keys.map(([provider, sourceId]) =>
          (source === 'litellm' ? currentPoints(asOf) : historyPoints).map((list): CatalogModel =>
            catalogEntry(provider, sourceId, list),
          ),
        ),
      ),
    )
    .map((models) => priceBook(source, models))

/** A book of either kind with the refresh's options: a LiteLLM book is dated on their asOf. */
const booksAndOptions: fc.Arbitrary<[PriceBook, RefreshOptions]> = fc
  .record({ addAll: fc.boolean(), asOf: fc.constantFrom(...DATES) })
  .chain((opts) =>
    fc
      .oneof(bookOf('genai-prices', opts.asOf), bookOf('litellm', opts.asOf))
      .map((book): [PriceBook, RefreshOptions] => [book, opts]),
  )

describe('planRefresh, applied twice with the same book', () => {
  it('produces a valid workspace and then plans no change and no addition', () => {
    fc.assert(
      fc.property(workspaceModels, booksAndOptions, (models, [book, opts]) => {
        const first = applyRefresh(workspace({ models }), book, opts)
        const second = planRefresh(first.doc.models, book, opts)
        expect(second.changed).toEqual([])
        expect(second.added).toEqual([])
        expect(second.pointsAdded).toBe(0)
        expect(second.pointsReplaced).toBe(0)
      }),
      { numRuns: 500 },
    )
  })

  it('never removes or reorders a point: it appends new ones and replaces on the same day', () => {
    // A plan without changes checks nothing: count the updates, appends and replacements seen.
    const ran = { plansWithChanges: 0, appended: 0, replaced: 0 }
    fc.assert(
      fc.property(workspaceModels, booksAndOptions, (models, [book, opts]) => {
        const plan = planRefresh(models, book, opts)
        if (plan.changed.length > 0) ran.plansWithChanges++
        for (const update of plan.changed) {
          if (update.pointsAdded > 0) ran.appended++
          if (update.pointsReplaced > 0) ran.replaced++
          const { before, after } = update
          expect(after.slice(0, before.length).map((p) => p.from)).toEqual(
            before.map((p) => p.from),
          )
          expect(after).toHaveLength(before.length + update.pointsAdded)
          const rewritten = before.filter((p, i) => JSON.stringify(after[i]) !== JSON.stringify(p))
          expect(rewritten).toHaveLength(update.pointsReplaced)
        }
      }),
      { numRuns: 300 },
    )
    // About a third of the plans change a model: at least a sixth of the runs must, at least a
    // tenth must append a point and at least one in thirty must replace one.
    expect(ran.plansWithChanges).toBeGreaterThanOrEqual(300 / 6)
    expect(ran.appended).toBeGreaterThanOrEqual(300 / 10)
    expect(ran.replaced).toBeGreaterThanOrEqual(300 / 30)
  })

  it('never touches a self-hosted model, and counts every API model once', () => {
    fc.assert(
      fc.property(workspaceModels, booksAndOptions, (models, [book, opts]) => {
        const plan = planRefresh(models, book, opts)
        const touched = new Set(plan.changed.map((update) => update.id))
        for (const model of models) {
          if (model.kind === 'self-hosted') expect(touched.has(model.id)).toBe(false)
        }
        const api = models.filter((m) => m.kind === 'api').length
        expect(plan.changed.length + plan.unchanged + plan.notInFile).toBe(api)
      }),
      { numRuns: 300 },
    )
  })

  it('adds the unmatched book models under ids the workspace does not have', () => {
    fc.assert(
      fc.property(workspaceModels, booksAndOptions, (models, [book, opts]) => {
        const plan = planRefresh(models, book, { ...opts, addAll: true })
        const matched = plan.changed.length + plan.unchanged
        const ids = [...models, ...plan.added].map((m) => m.id)
        expect(new Set(ids).size).toBe(ids.length)
        // Two workspace models may match one book model: at most `matched` book models matched.
        expect(plan.added.length).toBeGreaterThanOrEqual(book.models.length - matched)
        expect(plan.added.length).toBeLessThanOrEqual(book.models.length)
      }),
      { numRuns: 300 },
    )
  })
})
