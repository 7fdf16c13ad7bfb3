import { describe, expect, it } from 'vitest'
import { buildMonthlyFigure } from '../../../shared/charts/actualsMonthlyFigure'
import { zoneStyles } from '../../../shared/report/zones'
import { periodRow } from './actualsFixtures'

const rows = [
  periodRow('chat', '2026-10', { days: 31, units: 3100, grossMarginPct: 62, zone: 'green' }),
  periodRow('chat', '2026-11', { days: 11, units: 1200, grossMarginPct: 48, zone: 'red' }),
  periodRow('other', '2026-10', { units: 5 }),
]

describe('buildMonthlyFigure', () => {
  const { data, layout } = buildMonthlyFigure({ rows, featureId: 'chat', floorPct: 50 })

  it('draws units as bars on the right axis and the margin as a line on the left', () => {
    const [units, margin] = data
    expect([units?.type, units?.yaxis, units?.y]).toEqual(['bar', 'y2', [3100, 1200]])
    expect([margin?.type, margin?.yaxis, margin?.y]).toEqual(['scatter', undefined, [62, 48]])
    expect(layout.yaxis2?.overlaying).toBe('y')
    expect(layout.yaxis2?.side).toBe('right')
    expect(layout.yaxis2?.tickmode).toBe('auto')
    expect(layout.yaxis?.ticksuffix).toBe('%')
  })

  it("colours each month's margin point by its zone", () => {
    expect(data[1]?.marker?.color).toEqual([zoneStyles.green.color, zoneStyles.red.color])
  })

  it('labels months as people read them and says when the window cuts one', () => {
    expect(layout.xaxis?.ticktext).toEqual(['Oct 2026', 'Nov 2026'])
    expect(data[0]?.text).toEqual([
      'Oct 2026: 3,100 units',
      'Nov 2026 (11 of 30 days): 1,200 units',
    ])
  })

  it("draws the feature's floor dashed", () => {
    const floor = layout.shapes?.[0]
    expect([floor?.y0, floor?.y1, floor?.line?.dash]).toEqual([50, 50, 'dash'])
  })
})
