import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import { buildBoardReport, comparedScenarioIds } from '../../../shared/report/boardReport'
import { comparisonTable } from '../../../shared/report/comparison'
import { tableToCsv, tableToTsv } from '../../../shared/report/csv'
import { cellText, formatCell, type ReportTable } from '../../../shared/report/reportTable'
import { atRiskTable, cohortsTable, forecastTable } from '../../../shared/report/resultTables'
import { exampleDocument } from '../../fixtures/documents'

const supportAgent = exampleDocument('support-agent.json')

const report = (compare: (string | null)[], scenarioId: string | null = null, month = 0) =>
  buildBoardReport(supportAgent, { scenarioId, compare, month, generatedOn: '2026-12-05' })

describe('formatCell', () => {
  it.each([
    ['money', 1234567.4, '$1,234,567'],
    ['moneyCompact', 12698499, '$12.7M'],
    ['unitMoney', 0.0123, '$0.0123'],
    ['pct', 77.5, '77.5%'],
    ['pts', 8.3077, '+8.3 pts'],
    ['pts', -3.9, '-3.9 pts'],
    ['moneyDelta', 600000, '+$600,000'],
    ['moneyDelta', -101520, '-$101,520'],
    ['countDelta', -1, '-1'],
    ['count', 800000, '800,000'],
    ['month', '2026-03', 'Mar 2026'],
    ['pct', null, '—'],
  ] as const)('%s %s → %s', (kind, value, text) => {
    expect(formatCell(kind, value)).toBe(text)
  })
})

describe('the board report', () => {
  it('lists the features below or near their floor, worst first', () => {
    const table = atRiskTable(report([null]))
    expect(table.rows).toHaveLength(1)
    expect(table.rows[0]![0]).toBe('Complex resolution')
    expect(table.rows[0]![1]).toBe('Below floor')
    expect(table.rows[0]![2]).toBeCloseTo(10, 9)
    expect(cellText(table, 0, 6)).toBe('$4.00')
  })

  it('draws the report scenario first and each compared one once', () => {
    const { forecasts } = report([null, 'price-complex', null], 'price-complex')
    expect(forecasts.map((line) => line.scenario.id)).toEqual(['price-complex', null])
    const table = forecastTable(forecasts)
    expect(table.columns.map((column) => column.label).at(-1)).toBe('Baseline gross margin')
    expect(table.rows).toHaveLength(supportAgent.horizonMonths)
    const baseline = compute(supportAgent).forecast
    expect(table.rows.map((row) => row.at(-1))).toEqual(baseline.map((row) => row.grossMarginPct))
  })

  it('reports each cohort with its AI COGS per seat', () => {
    const table = cohortsTable(report([null]))
    const column = table.columns.findIndex((each) => each.label === 'AI COGS per seat')
    const engine = compute(supportAgent).cohorts
    expect(table.rows.map((row) => row[column])).toEqual(engine.map((c) => c.aiCogsPerSeat))
  })
})

describe('comparisonTable', () => {
  const metric = (table: ReportTable, label: string) =>
    table.rows.find((row) => row[0] === label) ?? []

  it('puts a delta against the baseline beside each scenario', () => {
    const { features, comparison } = report([null, 'price-complex', 'fire-drill'])
    const table = comparisonTable(features, comparison)
    expect(table.columns.map((column) => column.label)).toEqual([
      'Metric',
      'Baseline',
      'Price complex resolutions at $5',
      'Δ vs Baseline',
      expect.any(String),
      'Δ vs Baseline',
    ])
    const margin = metric(table, 'Gross margin')
    expect(margin[2]).toBeCloseTo(72.3077, 4)
    expect(margin[3]).toBeCloseTo(72.3077 - 64, 4)
    expect(cellText(table, table.rows.indexOf(margin), 3)).toBe('+8.3 pts')
  })

  it('takes each delta against the parent when asked', () => {
    const { features, comparison } = buildBoardReport(supportAgent, {
      scenarioId: null,
      compare: ['route-mini'],
      month: 0,
      generatedOn: '2026-12-05',
      deltaAgainst: 'parent',
    })
    const table = comparisonTable(features, comparison)
    // The report's own scenario (the baseline) leads, though only route-mini was asked for.
    expect(table.columns.map((column) => column.label)).toEqual([
      'Metric',
      'Baseline',
      'Route 30% of complex calls to mini',
      'Δ vs Price complex resolutions at $5',
    ])
    const complex = metric(table, 'Complex resolution margin')
    expect(complex[2]).toBeCloseTo(74.152, 9)
    expect(complex[3]).toBeCloseTo(74.152 - 64, 9)
  })

  it.each([
    [null, ['fire-drill'], [null, 'fire-drill']],
    ['fire-drill', [null, 'price-complex'], [null, 'fire-drill', 'price-complex']],
    ['fire-drill', ['price-complex', 'price-complex'], ['fire-drill', 'price-complex']],
    ['fire-drill', [null, 'fire-drill'], [null, 'fire-drill']],
  ] as const)('always compares the report scenario %s: %j → %j', (scenarioId, asked, compared) => {
    expect(comparedScenarioIds(scenarioId, asked)).toEqual(compared)
  })
})

describe('CSV and TSV', () => {
  const table: ReportTable = {
    title: 't',
    columns: [
      { label: 'Feature', kind: 'text' },
      { label: 'Margin', kind: 'pct' },
    ],
    rows: [
      ['=HYPERLINK("http://example.invalid","x")', -12.5],
      ['+1 cmd', 77.5],
      ['@sum', null],
      ['plain, with comma', 1e-12],
    ],
  }

  it('keeps numbers unrounded and makes formula-like text inert', () => {
    const parsed = Papa.parse<string[]>(tableToCsv(table), { skipEmptyLines: true }).data
    expect(parsed).toEqual([
      ['Feature', 'Margin (%)'],
      [`'=HYPERLINK("http://example.invalid","x")`, '-12.5'],
      ["'+1 cmd", '77.5'],
      ["'@sum", ''],
      ['plain, with comma', '1e-12'],
    ])
  })

  it('gives a table of metrics a Unit column, a percent row its delta in points', () => {
    const { features, comparison } = report([null, 'price-complex'])
    const parsed = Papa.parse<string[]>(tableToCsv(comparisonTable(features, comparison)), {
      skipEmptyLines: true,
    }).data
    expect(parsed[0]).toEqual([
      'Metric',
      'Unit',
      'Baseline',
      'Price complex resolutions at $5',
      'Δ vs Baseline',
    ])
    expect(parsed.find((row) => row[0] === 'Revenue')?.slice(0, 2)).toEqual(['Revenue', 'USD'])
    expect(parsed.find((row) => row[0] === 'Gross margin')?.[1]).toBe('% (Δ in pts)')
    expect(parsed.find((row) => row[0] === 'Features below floor')?.[1]).toBe('count')
  })

  it('separates TSV cells with tabs', () => {
    expect(tableToTsv(table).split('\r\n')[2]).toBe(`"'+1 cmd"\t77.5`)
  })
})
