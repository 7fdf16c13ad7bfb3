/** The Overview's "features crossing their floor" list: which rows, which cells, which order. */
import { describe, expect, it } from 'vitest'
import { featureResult } from '../charts/fixtures'
import { floorCrossings } from '../../../renderer/src/views/overview/floorCrossings'

/** A feature's result at a margin and floor; floorCrossings reads nothing else. */
const result = (id: string, grossMarginPct: number | null, floorPct = 60) =>
  featureResult(id, grossMarginPct, floorPct, 'none')

describe('floorCrossings', () => {
  it('lists only features going from at/above their floor to below it', () => {
    const crossings = floorCrossings([
      {
        month: '2026-12',
        baseline: [
          result('at-floor', 60),
          result('stays-above', 70),
          result('already-below', 50),
          result('no-revenue', null),
          result('loses-revenue', 65),
        ],
        scenario: [
          result('at-floor', 59.99),
          result('stays-above', 60),
          result('already-below', 40),
          result('no-revenue', null),
          result('loses-revenue', null),
        ],
      },
    ])
    expect(crossings.months).toEqual(['2026-12'])
    expect(crossings.rows).toEqual([
      {
        featureId: 'at-floor',
        cells: [
          {
            baselinePct: 60,
            scenarioPct: 59.99,
            baselineFloorPct: 60,
            floorPct: 60,
            crosses: true,
          },
        ],
      },
    ])
  })

  it('judges each side against its own floor (a scenario may raise one)', () => {
    const { rows } = floorCrossings([
      {
        month: '2026-12',
        baseline: [result('raised', 62, 60), result('lowered', 58, 60)],
        scenario: [result('raised', 62, 65), result('lowered', 58, 55)],
      },
    ])
    expect(rows.map((row) => row.featureId)).toEqual(['raised'])
  })

  it('keeps a feature crossing in any month, with every month shown, furthest below first', () => {
    const { months, rows } = floorCrossings([
      {
        month: '2026-12',
        baseline: [result('late', 70), result('small', 61), result('deep', 80)],
        scenario: [result('late', 70), result('small', 59), result('deep', 50)],
      },
      {
        month: '2028-11',
        baseline: [result('late', 70), result('small', 61), result('deep', 80)],
        scenario: [result('late', 55), result('small', 62), result('deep', 50)],
      },
    ])
    expect(months).toEqual(['2026-12', '2028-11'])
    expect(rows.map((row) => row.featureId)).toEqual(['deep', 'late', 'small'])
    const late = rows.find((row) => row.featureId === 'late')
    expect(late?.cells.map((cell) => cell?.crosses)).toEqual([false, true])
    const small = rows.find((row) => row.featureId === 'small')
    expect(small?.cells.map((cell) => cell?.crosses)).toEqual([true, false])
  })

  it('is empty when nothing crosses', () => {
    expect(
      floorCrossings([
        { month: '2026-12', baseline: [result('a', 70)], scenario: [result('a', 61)] },
      ]).rows,
    ).toEqual([])
    expect(floorCrossings([])).toEqual({ months: [], rows: [] })
  })
})
