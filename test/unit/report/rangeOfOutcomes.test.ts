/**
 * The board report's range of outcomes: present only when the exported scenario has ranges in
 * force, and then exactly what `simulate` gives with the report's stated settings.
 */
import { describe, expect, it } from 'vitest'
import type { Range, WorkspaceDoc } from '../../../shared/model/types'
import { buildBoardReport } from '../../../shared/report/boardReport'
import { formatPct } from '../../../shared/report/format'
import {
  OUTCOME_DRIVERS,
  OUTCOME_FEATURES,
  REPORT_SIMULATION,
} from '../../../shared/report/rangeOfOutcomes'
import {
  chancePct,
  driverWords,
  featureOutcomesTable,
  rangeHeadline,
  runSettingsText,
} from '../../../shared/report/rangeOfOutcomesTables'
import { simulate } from '../../../shared/simulation'
import { exampleDocument } from '../../fixtures/documents'
import { largeWorkspace } from '../../fixtures/largeWorkspace'

const supportAgent = exampleDocument('support-agent.json')

const RANGES: Range[] = [
  {
    path: 'features/complex/steps/loop/inputTokens',
    low: 2000,
    likely: 4000,
    high: 9000,
    shape: 'pert',
  },
  {
    path: 'cohorts/all/usage/simple/unitsPerSeat',
    low: 300,
    likely: 400,
    high: 520,
    shape: 'triangular',
  },
  {
    path: 'features/simple/pricePerUnit',
    low: 1.6,
    likely: 2,
    high: 2.2,
    shape: 'uniform',
    group: 'pricing',
  },
  {
    path: 'features/complex/pricePerUnit',
    low: 1.6,
    likely: 2,
    high: 2.2,
    shape: 'uniform',
    group: 'pricing',
  },
]

const withRanges: WorkspaceDoc = { ...supportAgent, ranges: RANGES }

const reportOf = (doc: WorkspaceDoc, scenarioId: string | null = null, month = 0) =>
  buildBoardReport(doc, { scenarioId, compare: [null], month, generatedOn: '2026-12-05' })

const direct = (doc: WorkspaceDoc, scenarioId: string | null = null, month = 0) =>
  simulate(doc, { scenarioId, month, ...REPORT_SIMULATION })

describe('the range of outcomes in the board report', () => {
  it('is absent when no range is in force', () => {
    expect(reportOf(supportAgent).rangeOfOutcomes).toBeUndefined()
  })

  it('is left out, with the margin plan, of a report built without the outlook (a CSV)', () => {
    const report = buildBoardReport(withRanges, {
      scenarioId: null,
      compare: [null],
      month: 0,
      generatedOn: '2026-12-05',
      outlook: false,
    })
    expect(reportOf(withRanges).rangeOfOutcomes).toBeDefined()
    expect(report.rangeOfOutcomes).toBeUndefined()
    expect(report.marginPlan).toBeUndefined()
  })

  it('runs 2,000 draws with seed 1, as `margin simulate` does by default', () => {
    expect(REPORT_SIMULATION).toEqual({ draws: 2000, seed: 1 })
  })

  it('holds what simulate gives at the report’s month', () => {
    const month = 2
    const outcomes = reportOf(withRanges, null, month).rangeOfOutcomes!
    const { result, samples } = direct(withRanges, null, month)
    expect(outcomes.month).toBe(result.month)
    expect(outcomes.month).toBe('2027-02')
    expect(outcomes.portfolio).toEqual(result.portfolio)
    expect(outcomes.forecast).toEqual(result.forecast)
    expect(outcomes.drivers).toEqual(result.drivers.slice(0, OUTCOME_DRIVERS))
    expect(outcomes.portfolioMarginPct).toEqual(samples.portfolioMarginPct)
    expect(outcomes.rangeCount).toBe(RANGES.length)
    expect(outcomes.featureCount).toBe(result.features.length)
  })

  it('orders the features by the spread of their margin, the portfolio last in the table', () => {
    const outcomes = reportOf(withRanges).rangeOfOutcomes!
    const { features } = direct(withRanges).result
    const spread = (id: string) => {
      const margin = features.find((feature) => feature.id === id)!.grossMarginPct!
      return margin.p95 - margin.p5
    }
    expect(outcomes.features.map((feature) => feature.id).sort()).toEqual(
      features.map((feature) => feature.id).sort(),
    )
    expect(outcomes.features.length).toBeLessThanOrEqual(OUTCOME_FEATURES)
    const spreads = outcomes.features.map((feature) => spread(feature.id))
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a))
    const table = featureOutcomesTable(outcomes, { simple: 'Simple resolution' })
    expect(table.rows.map((row) => row[0]).at(-1)).toBe('Portfolio')
    expect(table.rows.at(-1)![5]).toBe(outcomes.portfolio.probBelowFloor * 100)
  })

  it('keeps eight of a dozen features: those spreading widest', () => {
    const dozen = largeWorkspace({ features: 12, stepsPerFeature: 1, modelsPerMix: 1 })
    // Feature i's input varies by ±60·i tokens: the wider its range, the wider its margin spreads.
    const ranges: Range[] = dozen.features.map((feature, index) => ({
      path: `features/${feature.id}/steps/step-0/inputTokens`,
      low: 1000 - index * 60,
      likely: 1000,
      high: 1000 + index * 60,
      shape: 'uniform',
    }))
    const doc = { ...dozen, ranges }
    const outcomes = reportOf(doc).rangeOfOutcomes!
    const spreads = direct(doc).result.features.map((feature) => ({
      id: feature.id,
      spread: feature.grossMarginPct!.p95 - feature.grossMarginPct!.p5,
    }))
    const widest = spreads.sort((a, b) => b.spread - a.spread).slice(0, OUTCOME_FEATURES)
    expect(outcomes.features.map((feature) => feature.id)).toEqual(widest.map(({ id }) => id))
    expect(outcomes.featureCount).toBe(12)
  })

  it('follows the scenario’s own ranges', () => {
    const scenarioRanges: WorkspaceDoc = {
      ...supportAgent,
      scenarios: supportAgent.scenarios.map((scenario) =>
        scenario.id === 'price-complex' ? { ...scenario, ranges: RANGES.slice(0, 1) } : scenario,
      ),
    }
    expect(reportOf(scenarioRanges).rangeOfOutcomes).toBeUndefined()
    const outcomes = reportOf(scenarioRanges, 'price-complex').rangeOfOutcomes!
    expect(outcomes.portfolio).toEqual(direct(scenarioRanges, 'price-complex').result.portfolio)
    expect(outcomes.rangeCount).toBe(1)
  })

  it('names each driver in words, a group by its name', () => {
    const outcomes = reportOf(withRanges).rangeOfOutcomes!
    const words = outcomes.drivers.map((driver) => driverWords(outcomes, driver))
    expect(words).toContain('Complex resolution · Multi-step reasoning · input tokens')
    expect(words).toContain('group pricing (2 inputs)')
  })
})

describe('how the range of outcomes reads', () => {
  const outcomes = reportOf(withRanges).rangeOfOutcomes!

  it('states the expected margin, the 90% range and the chance below the floor', () => {
    const margin = direct(withRanges).result.portfolio.grossMarginPct!
    const chance = chancePct(outcomes.portfolio.probBelowFloor)
    expect(rangeHeadline(outcomes)).toBe(
      `Margin in Dec 2026: ${formatPct(margin.p50)} median, 90% of outcomes between ` +
        `${formatPct(margin.p5)} and ${formatPct(margin.p95)}; ${chance} chance of ending below ` +
        'the 55% floor.',
    )
    expect(rangeHeadline(outcomes)).toMatch(
      /^Margin in Dec 2026: -?\d+\.\d% median, 90% of outcomes between -?\d+\.\d% and -?\d+\.\d%; (\d+%|under 1%|over 99%) chance of ending below the 55% floor\.$/,
    )
  })

  it('rounds a chance to whole percent, never to a certainty the draws do not show', () => {
    expect(chancePct(0.183)).toBe('18%')
    expect(chancePct(0.004)).toBe('under 1%')
    expect(chancePct(0.996)).toBe('over 99%')
    expect(chancePct(0)).toBe('0%')
    expect(chancePct(1)).toBe('100%')
  })

  it('says how to reproduce the run', () => {
    expect(runSettingsText(outcomes, null, 0)).toBe(
      '2,000 draws over 4 ranges, seed 1 — margin simulate <file> --seed 1',
    )
    const later = reportOf(withRanges, 'price-complex', 3).rangeOfOutcomes!
    expect(runSettingsText(later, 'price-complex', 3)).toBe(
      '2,000 draws over 4 ranges, seed 1 — margin simulate <file> --scenario price-complex ' +
        '--month 2027-03 --seed 1',
    )
  })
})
