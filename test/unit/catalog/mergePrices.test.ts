/**
 * mergePrices (DESIGN.md §8): how a price file's points join a model's own. Every expected list
 * is worked out by hand from the rule: never remove a point; a dated file point changes nothing
 * when the price in force on its day (the last point dated on or before it, else the earliest) is
 * its price already (batch discount carried from that point when the file has none), else it
 * replaces the point of that day in place, else it is appended; the file's undated point counts,
 * dated asOf, only while no dated file point is on or before asOf.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { mergePrices } from '../../../shared/catalog/mergePrices'
import type { PricePoint } from '../../../shared/model/types'
import { point } from './refreshHelpers'

const AS_OF = '2026-08-01'

describe('mergePrices with dated file points', () => {
  it('returns the own points as they were for an empty file', () => {
    const own = [point('2025-01-01', 1, 1)]
    expect(mergePrices(own, [], AS_OF)).toEqual({ points: own, added: 0, replaced: 0 })
  })

  it('appends a new point at the end, not in date order', () => {
    const own = [point('2025-01-01', 1, 1), point('2026-01-01', 2, 2)]
    const snapshot = structuredClone(own)
    // In force on 2025-06-01: the 2025-01-01 $1/$1; $3/$3 is new, and nobody has that day.
    expect(mergePrices(own, [point('2025-06-01', 3, 3)], AS_OF)).toEqual({
      points: [point('2025-01-01', 1, 1), point('2026-01-01', 2, 2), point('2025-06-01', 3, 3)],
      added: 1,
      replaced: 0,
    })
    expect(own).toEqual(snapshot)
  })

  it('adds nothing when the price in force that day is the same', () => {
    const own = [point('2025-01-01', 1, 1), point('2026-01-01', 2, 2)]
    // In force on 2025-06-01: $1/$1; on 2026-03-01: $2/$2.
    const file = [point('2025-06-01', 1, 1), point('2026-03-01', 2, 2)]
    expect(mergePrices(own, file, AS_OF)).toEqual({ points: own, added: 0, replaced: 0 })
  })

  it('adds a file point dated before every own point, even at the earliest price', () => {
    const own = [point('2026-01-01', 2, 2), point('2025-01-01', 1, 1)]
    // Before 2025-01-01 the workspace knows nothing (the engine only falls back to its earliest
    // point): the file's 2024-01-01 price is news, whatever it is.
    expect(mergePrices(own, [point('2024-01-01', 1, 1)], AS_OF)).toEqual({
      points: [...own, point('2024-01-01', 1, 1)],
      added: 1,
      replaced: 0,
    })
  })

  it('keeps a later dated price of the file after its undated one takes the as-of day', () => {
    // The undated $1/$1 holds until the file's 2026-09-01 $3/$3; the workspace had $3/$3 since
    // 2024, so $1/$1 joins on the as-of day (2026-08-01) and $3/$3 again from September.
    const own = [point('2024-01-01', 3, 3)]
    const file = [point(UNDATED_FROM, 1, 1), point('2026-09-01', 3, 3)]
    expect(mergePrices(own, file, '2026-08-01')).toEqual({
      points: [point('2024-01-01', 3, 3), point('2026-08-01', 1, 1), point('2026-09-01', 3, 3)],
      added: 2,
      replaced: 0,
    })
  })

  it('replaces the point of the same day in place', () => {
    const own = [point('2025-01-01', 1, 1), point('2026-01-01', 2, 2), point('2027-01-01', 3, 3)]
    // In force on 2026-01-01 is the own $2/$2 of that day; $5/$5 replaces it at position 1.
    expect(mergePrices(own, [point('2026-01-01', 5, 5)], AS_OF)).toEqual({
      points: [point('2025-01-01', 1, 1), point('2026-01-01', 5, 5), point('2027-01-01', 3, 3)],
      added: 0,
      replaced: 1,
    })
  })

  it('takes the file points in date order, whatever their order in the file', () => {
    const own = [point('2024-01-01', 1, 1)]
    // 2026-03-01 first: in force is $1/$1, so $2/$2 is appended. Then 2026-09-01: in force is
    // that new $2/$2, the same price: nothing. (In the file's order, both would be new.)
    const file = [point('2026-09-01', 2, 2), point('2026-03-01', 2, 2)]
    expect(mergePrices(own, file, AS_OF)).toEqual({
      points: [point('2024-01-01', 1, 1), point('2026-03-01', 2, 2)],
      added: 1,
      replaced: 0,
    })
  })

  it('keeps a later own point and its prices when the file knows an earlier change', () => {
    const own = [point('2024-01-01', 5, 15), point('2026-10-01', 4, 12)]
    // In force on 2026-09-01: $5/$15; $3/$9 is appended. The user's 2026-10-01 $4/$12 stays.
    expect(mergePrices(own, [point('2026-09-01', 3, 9)], AS_OF).points).toEqual([
      ...own,
      point('2026-09-01', 3, 9),
    ])
  })

  it('sees a change in the long-context tier as a new price', () => {
    const tier = { thresholdTokens: 200_000, inputPerMTok: 6, outputPerMTok: 22.5 }
    const own = [point('2025-01-01', 3, 15, { longContext: tier })]
    expect(mergePrices(own, [point('2026-01-01', 3, 15)], AS_OF).added).toBe(1)
    expect(mergePrices(own, [point('2026-01-01', 3, 15, { longContext: tier })], AS_OF).added).toBe(
      0,
    )
  })

  it('compares prices whatever the order of their fields', () => {
    const own: PricePoint[] = [
      { outputPerMTok: 2, cacheReadPerMTok: 0.5, from: '2025-01-01', inputPerMTok: 1 },
    ]
    const file: PricePoint[] = [
      { from: '2026-01-01', inputPerMTok: 1, cacheReadPerMTok: 0.5, outputPerMTok: 2 },
    ]
    expect(mergePrices(own, file, AS_OF).added).toBe(0)
  })
})

describe("mergePrices with the file's undated point", () => {
  it('dates it on asOf while no dated file point has started', () => {
    const own = [point('2024-01-01', 1, 1)]
    // No dated point in the file: $2/$2 is the price on 2026-08-01, where $1/$1 is in force.
    expect(mergePrices(own, [point(UNDATED_FROM, 2, 2)], AS_OF)).toEqual({
      points: [point('2024-01-01', 1, 1), point(AS_OF, 2, 2)],
      added: 1,
      replaced: 0,
    })
    // The same price as in force on asOf: nothing.
    expect(mergePrices(own, [point(UNDATED_FROM, 1, 1)], AS_OF).added).toBe(0)
  })

  it('ignores it once a dated file point is on or before asOf', () => {
    const own = [point('2024-01-01', 1, 1)]
    const file = [point(UNDATED_FROM, 2, 2), point('2026-08-01', 3, 3)]
    // On asOf itself the dated $3/$3 has started: the undated $2/$2 is history, superseded.
    expect(mergePrices(own, file, '2026-08-01')).toEqual({
      points: [point('2024-01-01', 1, 1), point('2026-08-01', 3, 3)],
      added: 1,
      replaced: 0,
    })
    // A day earlier it has not: $2/$2 is the price on 2026-07-31 ($1/$1 in force then), merged
    // first, then the $3/$3 for 2026-08-01 (in force then: the new $2/$2).
    expect(mergePrices(own, file, '2026-07-31')).toEqual({
      points: [point('2024-01-01', 1, 1), point('2026-07-31', 2, 2), point('2026-08-01', 3, 3)],
      added: 2,
      replaced: 0,
    })
  })

  it("replaces the workspace's point on asOf when their prices differ", () => {
    const own = [point('2024-01-01', 1, 1), point(AS_OF, 5, 5)]
    expect(mergePrices(own, [point(UNDATED_FROM, 2, 2)], AS_OF)).toEqual({
      points: [point('2024-01-01', 1, 1), point(AS_OF, 2, 2)],
      added: 0,
      replaced: 1,
    })
  })

  it("never rewrites the workspace's own undated point", () => {
    // A model added from an older catalog starts at 2000-01-01; the newer file's price is
    // $2/$8 on asOf. In force then is the $2.5/$10 from 2000-01-01: a new point on asOf.
    const own = [point(UNDATED_FROM, 2.5, 10)]
    expect(mergePrices(own, [point(UNDATED_FROM, 2, 8)], AS_OF)).toEqual({
      points: [point(UNDATED_FROM, 2.5, 10), point(AS_OF, 2, 8)],
      added: 1,
      replaced: 0,
    })
  })
})

describe('mergePrices carrying the batch discount', () => {
  const own = [
    point('2024-01-01', 1, 1, { batchDiscountPct: 50 }),
    point('2026-01-01', 1, 1, { batchDiscountPct: 25 }),
  ]

  it("takes it from the point in force on the file point's own day", () => {
    // In force on 2025-01-01: the 2024-01-01 point (50%); on 2026-09-01: 2026-01-01 (25%).
    const file = [point('2025-01-01', 2, 2), point('2026-09-01', 3, 3)]
    expect(mergePrices(own, file, AS_OF).points.slice(2)).toEqual([
      point('2025-01-01', 2, 2, { batchDiscountPct: 50 }),
      point('2026-09-01', 3, 3, { batchDiscountPct: 25 }),
    ])
  })

  it('so a file without batch prices repeating the price changes nothing', () => {
    // In force on 2026-03-01: $1/$1 at 25%; the file's $1/$1 carries 25%: the same.
    expect(mergePrices(own, [point('2026-03-01', 1, 1)], AS_OF).added).toBe(0)
  })

  it("keeps the file's own batch discount", () => {
    // $1/$1 at 40% is not $1/$1 at 25%: appended, with 40%.
    expect(
      mergePrices(own, [point('2026-03-01', 1, 1, { batchDiscountPct: 40 })], AS_OF).points[2],
    ).toEqual(point('2026-03-01', 1, 1, { batchDiscountPct: 40 }))
  })

  it('carries none when the point in force has none', () => {
    const plain = [point('2024-01-01', 1, 1)]
    expect(mergePrices(plain, [point('2025-01-01', 2, 2)], AS_OF).points[1]).toEqual(
      point('2025-01-01', 2, 2),
    )
  })
})

const DATES = ['2024-01-01', '2025-06-01', '2026-03-01', '2026-08-01', '2026-09-01', '2027-01-01']

/** Few prices, so that a file point often repeats the price in force. */
const prices: fc.Arbitrary<Omit<PricePoint, 'from'>> = fc
  .record({
    inputPerMTok: fc.constantFrom(1, 2),
    outputPerMTok: fc.constantFrom(1, 2),
    batchDiscountPct: fc.constantFrom(undefined, 25, 50),
  })
  .map(({ batchDiscountPct, ...rest }) =>
    batchDiscountPct === undefined ? rest : { ...rest, batchDiscountPct },
  )

/** 0–4 points on distinct days (a document holds one point a day), in any order. */
const pointsOn = (dates: readonly string[], minLength: number): fc.Arbitrary<PricePoint[]> =>
  fc
    .uniqueArray(fc.constantFrom(...dates), { minLength, maxLength: 4 })
    .chain((froms) =>
      fc.tuple(...froms.map((from) => prices.map((p): PricePoint => ({ from, ...p })))),
    )

const own = pointsOn([UNDATED_FROM, ...DATES], 1)
const file = pointsOn([UNDATED_FROM, ...DATES], 0)
const asOf = fc.constantFrom(...DATES, '2026-08-15')

describe('mergePrices, over random points', () => {
  it('never removes or reorders a point: the own dates stay first, in order', () => {
    fc.assert(
      fc.property(own, file, asOf, (ownPoints, filePoints, date) => {
        const before = structuredClone(ownPoints)
        const merged = mergePrices(ownPoints, filePoints, date)
        expect(ownPoints).toEqual(before)
        expect(merged.points).toHaveLength(before.length + merged.added)
        const kept = merged.points.slice(0, before.length)
        expect(kept.map((p) => p.from)).toEqual(before.map((p) => p.from))
        // Only a same-day replacement changes an own point, and each is counted once.
        const changed = kept.filter((p, i) => !isSamePoint(p, before[i]!))
        expect(changed).toHaveLength(merged.replaced)
        // New points are on days the model had no point on, one each.
        const newDates = merged.points.slice(before.length).map((p) => p.from)
        expect(new Set([...before.map((p) => p.from), ...newDates]).size).toBe(
          before.length + newDates.length,
        )
      }),
      { numRuns: 1000 },
    )
  })

  it('changes nothing when the result is merged with the same file again', () => {
    fc.assert(
      fc.property(own, file, asOf, (ownPoints, filePoints, date) => {
        const once = mergePrices(ownPoints, filePoints, date)
        const again = mergePrices(once.points, filePoints, date)
        expect(again.added + again.replaced).toBe(0)
        expect(again.points).toEqual(once.points)
      }),
      { numRuns: 1000 },
    )
  })
})

function isSamePoint(a: PricePoint, b: PricePoint): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
