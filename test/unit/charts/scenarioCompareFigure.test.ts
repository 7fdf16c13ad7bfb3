import { describe, expect, it } from 'vitest'
import {
  buildScenarioCompareFigure,
  scenarioSummary,
} from '../../../shared/charts/scenarioCompareFigure'

// support-agent.json (README): baseline 64.0%, price-complex 72.3077%, fire-drill 28.0%.
const scenarios = [
  { name: 'Baseline', marginPct: 64, grossProfit: 1_280_000, zone: 'green' as const },
  {
    name: 'Price complex at $5',
    marginPct: 72.3077,
    grossProfit: 1_880_000,
    zone: 'green' as const,
  },
  { name: 'Fire drill', marginPct: 28, grossProfit: 560_000, zone: 'red' as const },
]

describe('buildScenarioCompareFigure', () => {
  const figure = buildScenarioCompareFigure({ scenarios, floorPct: 55 })

  it('keeps the given scenario order on the shared axis', () => {
    expect(figure.layout.yaxis?.ticktext).toEqual(['Baseline', 'Price complex at $5', 'Fire drill'])
  })

  it('wraps long scenario names onto two lines on the axis and keeps them whole in the hover', () => {
    const long = 'Routing, then $1.49 a resolution and Team at $59 from month 6'
    const wrapped = buildScenarioCompareFigure({
      scenarios: [{ name: long, marginPct: 74.8, grossProfit: 809_913, zone: 'green' }],
    })
    expect(wrapped.layout.yaxis?.ticktext).toEqual([
      'Routing, then $1.49 a<br>resolution and Team at…',
    ])
    const hover = wrapped.data.find((t) => t.name === '✓ Above floor')?.hovertext as string[]
    expect(hover[0]).toContain(long)
  })

  it('colours margin bars by zone with the zone icon on the bar', () => {
    const red = figure.data.find((t) => t.name === '✗ Below floor')
    expect(red?.y).toEqual([2])
    expect(red?.marker?.color).toBe('#c62828')
    expect(red?.text).toEqual(['28.0% ✗'])
    const green = figure.data.find((t) => t.name === '✓ Above floor')
    expect(green?.text).toEqual(['64.0% ✓', '72.3% ✓'])
  })

  it('shows gross profit on its own axis and the floor as a named dashed line', () => {
    const profit = figure.data.find((t) => t.name === 'Gross profit')
    expect(profit?.xaxis).toBe('x2')
    expect(profit?.text).toEqual(['$1,280,000', '$1,880,000', '$560,000'])
    const floor = figure.data.find((t) => t.name === 'Portfolio floor 55%')
    expect(floor?.x).toEqual([55, 55])
  })

  it('leaves the floor out when none is given', () => {
    const bare = buildScenarioCompareFigure({ scenarios })
    expect(bare.data.some((t) => String(t.name).startsWith('Portfolio floor'))).toBe(false)
  })

  it('reads a compareScenarios column', () => {
    const portfolio = {
      revenue: 2_000_000,
      cogs: 720_000,
      grossProfit: 1_280_000,
      grossMarginPct: 64,
      aiCogs: 720_000,
      aiCogsPctOfRevenue: 36,
      floorPct: 55,
      zone: 'green' as const,
    }
    expect(scenarioSummary({ name: 'Baseline', result: { portfolio } })).toEqual(scenarios[0])
  })
})
