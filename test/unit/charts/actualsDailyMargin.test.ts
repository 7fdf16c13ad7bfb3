import { describe, expect, it } from 'vitest'
import { buildDailyMarginFigure, zoneBands } from '../../../shared/charts/actualsDailyMarginFigure'
import { zoneStyles } from '../../../shared/report/zones'
import { periodRow } from './actualsFixtures'

const rows = [
  periodRow('chat', '2026-10-01', { grossMarginPct: 70, zone: 'green' }),
  periodRow('chat', '2026-10-02', { grossMarginPct: 52, zone: 'yellow' }),
  periodRow('chat', '2026-10-03', { grossMarginPct: 40, zone: 'red' }),
  periodRow('chat', '2026-10-04', { grossMarginPct: null, zone: 'none', revenue: null }),
  periodRow('chat', '2026-10-05', { grossMarginPct: 66, zone: 'green' }),
  periodRow('other', '2026-10-01', { grossMarginPct: -80, zone: 'red' }),
]

describe('buildDailyMarginFigure', () => {
  const { data, layout } = buildDailyMarginFigure({
    rows,
    featureId: 'chat',
    floorPct: 50,
    yellowBandPts: 5,
  })

  it('draws a muted line through the days and a zone-coloured trace per zone, worst first', () => {
    const [line, ...zones] = data
    expect(line?.showlegend).toBe(false)
    expect(line?.y).toEqual([70, 52, 40, null, 66])
    expect(zones.map((trace) => trace.name)).toEqual([
      '✗ Below floor',
      '⚠\uFE0E Near floor',
      '✓ Above floor',
    ])
    expect(zones.map((trace) => trace.marker?.color)).toEqual([
      zoneStyles.red.color,
      zoneStyles.yellow.color,
      zoneStyles.green.color,
    ])
    expect(zones[2]?.x).toEqual(['2026-10-01', '2026-10-05'])
    // A day without revenue has no margin and no zone point.
    expect(zones.flatMap((trace) => trace.x as string[])).not.toContain('2026-10-04')
  })

  it('bands the plot red, yellow and green at the floor and the band, with the floor dashed', () => {
    const range = layout.yaxis?.range as [number, number]
    // The other feature's −80% stays out of this feature's axis; margins and floor padded.
    expect(range).toEqual([36, 74])
    const shapes = layout.shapes ?? []
    expect(shapes.slice(0, 3).map((shape) => [shape.y0, shape.y1])).toEqual([
      [36, 50],
      [50, 55],
      [55, 74],
    ])
    const floor = shapes[3]
    expect([floor?.y0, floor?.y1, floor?.line?.dash, floor?.name]).toEqual([
      50,
      50,
      'dash',
      'Floor 50%',
    ])
    expect(layout.yaxis?.ticksuffix).toBe('%')
  })

  it('tints each band in its zone colour', () => {
    const bands = zoneBands([0, 100], 60, 5)
    expect(bands.map((band) => band.fillcolor)).toEqual([
      'rgba(198, 40, 40, 0.07)',
      'rgba(183, 121, 31, 0.07)',
      'rgba(46, 125, 50, 0.07)',
    ])
  })
})
