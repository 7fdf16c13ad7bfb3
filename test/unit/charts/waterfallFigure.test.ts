import { describe, expect, it } from 'vitest'
import {
  buildWaterfallFigure,
  waterfallRange,
  waterfallSteps,
} from '../../../shared/charts/waterfallFigure'

// support-agent.json, month 0: 800,000 simple tickets at $2 costing $0.45 and 200,000 complex at
// $2 costing $1.80 (README): revenue $2,000,000, all COGS inference, $720,000; gross profit $1,280,000.
const supportAgent = {
  revenue: 2_000_000,
  layers: {
    inference: 720_000,
    orchestration: 0,
    infrastructure: 0,
    support: 0,
    hidden: 0,
    fixed: 0,
    platform: 0,
  },
  grossProfit: 1_280_000,
}

const everyLayer = {
  revenue: 1000,
  layers: {
    inference: 300,
    orchestration: 50,
    infrastructure: 40,
    support: 30,
    hidden: 21,
    fixed: 100,
    platform: 9,
  },
  grossProfit: 450,
}

describe('waterfallSteps', () => {
  it('runs revenue, then only the non-zero layers, then gross profit', () => {
    expect(waterfallSteps(supportAgent)).toEqual([
      { label: 'Revenue', measure: 'absolute', value: 2_000_000 },
      { label: 'Inference', measure: 'relative', value: -720_000 },
      { label: 'Gross profit', measure: 'total', value: 1_280_000 },
    ])
  })

  it('keeps the §3 layer order with all seven layers', () => {
    expect(waterfallSteps(everyLayer).map((s) => s.label)).toEqual([
      'Revenue',
      'Inference',
      'Orchestration',
      'Infrastructure',
      'Support',
      'Hidden costs',
      'Fixed costs',
      'Platform (non-AI)',
      'Gross profit',
    ])
  })

  it('has revenue plus every deduction equal to gross profit', () => {
    for (const input of [supportAgent, everyLayer]) {
      const steps = waterfallSteps(input)
      const sum = steps
        .filter((s) => s.measure !== 'total')
        .reduce((total, s) => total + s.value, 0)
      expect(sum).toBeCloseTo(input.grossProfit, 9)
    }
  })
})

describe('buildWaterfallFigure', () => {
  it('hands Plotly the measures and money labels', () => {
    const trace = buildWaterfallFigure(supportAgent).data[0]
    expect(trace?.type).toBe('waterfall')
    expect(trace?.measure).toEqual(['absolute', 'relative', 'total'])
    expect(trace?.text).toEqual(['$2,000,000', '-$720,000', '$1,280,000'])
  })

  it('pads the axis past the highest running total, for the label', () => {
    const [low, high] = waterfallRange(waterfallSteps(supportAgent))
    expect(low).toBe(0)
    expect(high).toBeGreaterThan(2_000_000)
  })

  it('extends the axis below zero for a loss', () => {
    const loss = { ...supportAgent, layers: { ...supportAgent.layers, inference: 2_500_000 } }
    const [low] = waterfallRange(waterfallSteps({ ...loss, grossProfit: -500_000 }))
    expect(low).toBeLessThan(-500_000)
  })
})
