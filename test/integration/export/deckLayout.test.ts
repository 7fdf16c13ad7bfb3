/**
 * Big workspaces stay readable: tables continue on further slides (never below the footer, never
 * shrunk), wide comparisons split into column groups, the feature chart keeps to the lowest
 * margins, and the waterfall's floating columns add up.
 */
import { describe, expect, it } from 'vitest'
import { waterfallSteps } from '../../../shared/charts/waterfallFigure'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { MAX_FEATURE_BARS } from '../../../electron/export/pptx/slides/featureMarginSlide'
import { bodyBottom } from '../../../electron/export/pptx/theme'
import { stepSpans, waterfallSeries } from '../../../electron/export/pptx/waterfallSeries'
import { largeWorkspace } from '../../fixtures/largeWorkspace'
import { chartStrings, deckOf, slideText, slideTitle } from './deckParts'

const EMU_PER_INCH = 914400

/** 40 features (more than a chart or a slide of rows holds) and 6 price scenarios. */
function bigWorkspace(): WorkspaceDoc {
  const doc = largeWorkspace({ features: 40, stepsPerFeature: 1, modelsPerMix: 2 })
  return {
    ...doc,
    scenarios: Array.from({ length: 6 }, (_, index) => ({
      id: `price-${index}`,
      name: `Prices up ${(index + 1) * 10}%`,
      overrides: [
        { path: 'features/*/pricePerUnit', op: 'scale' as const, value: 1 + (index + 1) / 10 },
      ],
    })),
  }
}

const compareAll = (doc: WorkspaceDoc) => [null, ...doc.scenarios.map((scenario) => scenario.id)]

/** Each table's top and the sum of its row heights, in inches. */
function tableBottoms(slide: string): number[] {
  return [...slide.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)]
    .filter(([frame]) => frame.includes('<a:tbl>'))
    .map(([frame]) => {
      const top = Number(/<a:off x="\d+" y="(\d+)"\/>/.exec(frame)?.[1])
      const rows = [...frame.matchAll(/<a:tr h="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0)
      return (top + rows) / EMU_PER_INCH
    })
}

describe('a workspace with 40 features and 7 scenarios compared', () => {
  it('continues the comparison over slides, every row once, each above the footer', async () => {
    const doc = bigWorkspace()
    const deck = await deckOf(doc, { compare: compareAll(doc) })
    const comparison = deck.slides.filter((xml) =>
      slideTitle(xml).startsWith('Scenario comparison'),
    )
    expect(comparison.length).toBeGreaterThan(2)
    expect(slideTitle(comparison[1] ?? '')).toBe('Scenario comparison (continued)')
    const text = comparison.map(slideText).join('\n')
    for (const feature of doc.features) {
      // One row per feature per column group: the rows repeat once for each group of scenarios.
      const rows = text.split('\n').filter((line) => line === `${feature.name} margin`)
      expect(rows.length).toBe(text.split('\n').filter((line) => line === 'Revenue').length)
    }
    for (const slide of deck.slides) {
      for (const bottom of tableBottoms(slide))
        expect(bottom).toBeLessThanOrEqual(bodyBottom + 1e-6)
    }
  })

  it('splits wide comparisons into column groups, each delta beside its scenario', async () => {
    const doc = bigWorkspace()
    const deck = await deckOf(doc, { compare: compareAll(doc) })
    const headers = deck.slides
      .filter((xml) => slideTitle(xml).startsWith('Scenario comparison'))
      .map((xml) => slideText(xml).split('\n'))
    const groups = headers.filter((lines) => lines.includes('Metric'))
    expect(
      new Set(groups.map((lines) => lines.filter((l) => l.startsWith('Prices up')).join())).size,
    ).toBe(2)
    for (const lines of groups) {
      const scenarios = lines.filter((line) => line.startsWith('Prices up'))
      const deltas = lines.filter((line) => line === 'Δ vs Baseline')
      expect(deltas.length).toBe(scenarios.length)
    }
  })

  it(`charts the ${MAX_FEATURE_BARS} lowest margins and says so`, async () => {
    const deck = await deckOf(bigWorkspace())
    const chart = deck.charts.find((xml) => xml.includes('<c:v>Floor</c:v>')) ?? ''
    const labels = chartStrings(chart).filter((label) => label.startsWith('Feature'))
    expect(labels.length).toBe(2 * MAX_FEATURE_BARS)
    const slide = deck.slides.find((xml) => slideTitle(xml).startsWith('Gross margin by feature'))
    expect(slideText(slide ?? '')).toContain(
      `Showing the ${MAX_FEATURE_BARS} lowest margins of 40.`,
    )
  })
})

describe('waterfall series', () => {
  const layers = {
    inference: 70,
    orchestration: 10,
    infrastructure: 0,
    support: 40,
    hidden: 0,
    fixed: 0,
    platform: 0,
  }

  it('floats each cost on an invisible base, from revenue down to gross profit', () => {
    const steps = waterfallSteps({ revenue: 100, grossProfit: -20, layers })
    expect(steps.map((step) => step.label)).toEqual([
      'Revenue',
      'Inference',
      'Orchestration',
      'Support',
      'Gross profit',
    ])
    expect(stepSpans(steps)).toEqual([
      { low: 0, high: 100 },
      { low: 30, high: 100 },
      { low: 20, high: 30 },
      { low: -20, high: 20 },
      { low: -20, high: 0 },
    ])
    const series = waterfallSeries(steps)
    const [base, totalsUp, totalsDown, costsUp, costsDown] = series.map((s) => s.values)
    expect(base).toEqual([0, 30, 20, 0, 0])
    expect(totalsUp).toEqual([100, 0, 0, 0, 0])
    expect(totalsDown).toEqual([0, 0, 0, 0, -20])
    // Support crosses zero: 20 above it, 20 below.
    expect(costsUp).toEqual([0, 70, 10, 20, 0])
    expect(costsDown).toEqual([0, 0, 0, -20, 0])
  })
})
