import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildScenarioCompareFigure } from '../../../shared/charts/scenarioCompareFigure'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { comparisonTable, compareWithDeltas } from '../../../shared/report/comparison'
import { cellText } from '../../../shared/report/reportTable'
import {
  deltaTone,
  lowerIsBetter,
  scenarioColumns,
} from '../../../renderer/src/views/scenarios/compareColumns'
import { compareChartBars } from '../../../renderer/src/views/scenarios/compareChartBars'
import { repoPath } from '../../fixtures/paths'

const doc = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc
const ids = [null, 'price-complex', 'route-mini']
const compared = compareWithDeltas(doc, ids, 0, 'parent')
const table = comparisonTable(doc.features, compared)

describe('the comparison table on screen', () => {
  it('groups each scenario’s value column with the delta column after it', () => {
    expect(table.columns.map((c) => c.label)).toEqual([
      'Metric',
      'Baseline',
      'Price complex resolutions at $5',
      'Δ vs Baseline',
      'Route 30% of complex calls to mini',
      'Δ vs Price complex resolutions at $5',
    ])
    expect(scenarioColumns(table)).toEqual([
      { value: 1 },
      { value: 2, delta: 3 },
      { value: 4, delta: 5 },
    ])
  })

  it('knows the direction of every portfolio metric by the label comparisonTable gives it', () => {
    const labels = table.rows.map((row) => String(row[0]))
    for (const label of lowerIsBetter) expect(labels).toContain(label)
  })
})

describe('delta colours: good news green, bad news red', () => {
  it('reads a rise in revenue, profit or margin as better', () => {
    expect(deltaTone('Revenue', 1234, '+$1,234')).toBe('better')
    expect(deltaTone('Gross margin', -3.2, '-3.2 pts')).toBe('worse')
    expect(deltaTone('Support agent margin', 0.4, '+0.4 pts')).toBe('better')
  })

  it('reads a fall in COGS, AI COGS share or features below floor as better', () => {
    expect(deltaTone('COGS', -500, '-$500')).toBe('better')
    expect(deltaTone('COGS', 500, '+$500')).toBe('worse')
    expect(deltaTone('AI COGS % of revenue', -1.5, '-1.5 pts')).toBe('better')
    expect(deltaTone('Features below floor', 1, '+1')).toBe('worse')
  })

  it('leaves no change, a change too small to show, and a missing value uncoloured', () => {
    expect(deltaTone('Revenue', 0, '$0')).toBe('same')
    expect(deltaTone('Gross margin', 0.01, '+0.0 pts')).toBe('same')
    expect(deltaTone('COGS', -0.2, '-$0')).toBe('same')
    expect(deltaTone('Gross margin', null, '—')).toBe('same')
  })
})

describe('the comparison chart', () => {
  const bars = compareChartBars(compared)

  it('words each bar’s change as the table does, against the same reference', () => {
    expect(bars[0]?.change).toBeUndefined()
    const marginRow = table.rows.findIndex((row) => row[0] === 'Gross margin')
    const profitRow = table.rows.findIndex((row) => row[0] === 'Gross profit')
    expect(bars[2]?.change).toEqual({
      against: 'Price complex resolutions at $5',
      marginPct: cellText(table, marginRow, 5),
      grossProfit: cellText(table, profitRow, 5),
    })
  })

  it('draws the change after each bar’s value and names the reference in the hover', () => {
    const figure = buildScenarioCompareFigure({ scenarios: bars })
    const profit = figure.data.find((trace) => trace.name === 'Gross profit')
    const change = bars[1]?.change
    expect(profit?.text?.[1]).toContain(change?.grossProfit)
    expect(profit?.text?.[0]).not.toContain('span')
    expect(profit?.hovertext?.[1]).toContain(`Δ vs Baseline: ${change?.marginPct}`)
  })
})
