import { describe, expect, it } from 'vitest'
import { buildFeatureMarginFigure, sortByMargin } from '../../../shared/charts/featureMarginFigure'
import { featureResult } from './fixtures'

// support-agent.json (README): simple 77.5% and complex 10.0%, both with a 55% floor.
const features = [
  featureResult('complex', 10, 55, 'red', 4),
  featureResult('unpriced', null, 70, 'none'),
  featureResult('triage', 57, 55, 'yellow'),
  featureResult('simple', 77.5, 55, 'green'),
]
const names = { simple: 'Simple resolution', complex: 'Complex resolution', triage: 'Triage' }

describe('buildFeatureMarginFigure', () => {
  it('sorts by margin, highest first, features without a margin last', () => {
    expect(sortByMargin(features).map((f) => f.id)).toEqual([
      'simple',
      'triage',
      'complex',
      'unpriced',
    ])
    const { layout } = buildFeatureMarginFigure({ features, names })
    expect(layout.yaxis?.tickvals).toEqual(['simple', 'triage', 'complex', 'unpriced'])
    // Names from the document; an id stands in when the name is missing.
    expect(layout.yaxis?.ticktext).toEqual([
      'Simple resolution',
      'Triage',
      'Complex resolution',
      'unpriced',
    ])
    expect(layout.yaxis?.autorange).toBe('reversed')
  })

  it('fixes the row order to the margin order, not the order the zone traces appear in', () => {
    const { layout } = buildFeatureMarginFigure({ features, names })
    // The first trace is the red zone (complex): Plotly would put it on top without this.
    expect(layout.yaxis?.categoryorder).toBe('array')
    expect(layout.yaxis?.categoryarray).toEqual(['simple', 'triage', 'complex', 'unpriced'])
  })

  it('draws one bar trace per zone in its colour, named in words', () => {
    const bars = buildFeatureMarginFigure({ features, names }).data.filter((t) => t.type === 'bar')
    expect(bars.map((t) => [t.name, t.marker?.color, t.y])).toEqual([
      ['✗ Below floor', '#c62828', ['complex']],
      ['⚠\uFE0E Near floor', '#b7791f', ['triage']],
      ['✓ Above floor', '#2e7d32', ['simple']],
      ['– No revenue', '#757575', ['unpriced']],
    ])
    const red = bars[0]
    expect(red?.x).toEqual([10])
    expect(red?.customdata).toEqual(['complex'])
  })

  it('marks every floor and labels every row with its margin and zone in words', () => {
    const { data, layout } = buildFeatureMarginFigure({ features, names })
    const floor = data.find((t) => t.name === 'Floor')
    expect(floor?.x).toEqual([55, 55, 55, 70])
    expect(floor?.y).toEqual(['simple', 'triage', 'complex', 'unpriced'])
    expect(layout.annotations?.map((a) => [a.y, a.text])).toEqual([
      ['simple', '<b>77.5%</b>  ✓ Above floor'],
      ['triage', '<b>57.0%</b>  ⚠\uFE0E Near floor'],
      ['complex', '<b>10.0%</b>  ✗ Below floor'],
      ['unpriced', '– No revenue'],
    ])
  })

  it('says margin, floor and the gap in the hover', () => {
    const red = buildFeatureMarginFigure({ features, names }).data[0]
    expect(red?.hovertext).toEqual([
      '<b>Complex resolution</b><br>Margin 10.0%<br>Floor 55%<br>✗ Below floor: 45.0 pts below its 55% floor',
    ])
  })

  it('escapes names, which Plotly would otherwise read as markup', () => {
    const { layout } = buildFeatureMarginFigure({
      features: [featureResult('x', 50, 45, 'green')],
      names: { x: '<b>R&D</b>' },
    })
    expect(layout.yaxis?.ticktext).toEqual(['&lt;b&gt;R&amp;D&lt;/b&gt;'])
  })

  it('widens the axis to negative margins', () => {
    const { layout } = buildFeatureMarginFigure({
      features: [featureResult('heavy', -37.37, 60, 'red')],
      names: {},
    })
    const range = layout.xaxis?.range as number[]
    expect(range[0]).toBeLessThan(-37.37)
    expect(range[1]).toBeGreaterThan(60)
  })
})
