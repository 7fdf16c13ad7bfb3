import { describe, expect, it } from 'vitest'
import { buildCohortTrendFigure } from '../../../shared/charts/actualsCohortTrendFigure'
import { seriesColor } from '../../../shared/charts/theme'
import { cohortWeek } from './actualsFixtures'

const weeks = [
  cohortWeek('enterprise', '2026-09-28', 80, 80),
  cohortWeek('enterprise', '2026-10-05', 70, 75),
  cohortWeek('smb', '2026-09-28', 30, 30),
  cohortWeek('smb', '2026-10-05', null, 30),
]

describe('buildCohortTrendFigure', () => {
  const { data, layout } = buildCohortTrendFigure({
    weeks,
    names: { enterprise: 'Enterprise <b>accounts</b>' },
    floorPct: 55,
  })

  it('draws per cohort faint weekly dots and its trailing average as a line, one legend entry', () => {
    expect(data.map((trace) => [trace.legendgroup, trace.mode, trace.showlegend])).toEqual([
      ['enterprise', 'markers', false],
      ['enterprise', 'lines', undefined],
      ['smb', 'markers', false],
      ['smb', 'lines', undefined],
    ])
    expect(data[0]?.y).toEqual([80, 70])
    expect(data[1]?.y).toEqual([80, 75])
    expect(data[3]?.y).toEqual([30, 30])
    expect(data[1]?.line?.color).toBe(seriesColor(0))
    expect(data[3]?.line?.color).toBe(seriesColor(1))
    expect(data[0]?.marker?.color).toBe('rgba(36, 89, 201, 0.45)')
  })

  it('names cohorts from the document, escaped in hover text, and ids otherwise', () => {
    expect(data[1]?.name).toBe('Enterprise <b>accounts</b>')
    expect(data[1]?.hovertemplate).toContain('Enterprise &lt;b&gt;accounts&lt;/b&gt;')
    expect(data[3]?.name).toBe('smb')
    expect(data[1]?.text?.[1]).toContain('1-week average: 75.0%')
  })

  it('draws the portfolio floor dashed within a padded margin axis', () => {
    const floor = layout.shapes?.[0]
    expect([floor?.y0, floor?.name]).toEqual([55, 'Portfolio floor 55%'])
    expect(layout.yaxis?.range).toEqual([26, 84])
    expect(layout.xaxis?.type).toBe('date')
  })
})
