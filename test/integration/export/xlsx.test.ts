/**
 * The XLSX export recalculated by LibreOffice equals the engine: every Summary key and every
 * forecast month, for every example workspace, the demo and a workspace covering every §3 rule,
 * baseline and each scenario, at month 0 and month 6. All workbooks go through one soffice call.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { writeWorkbook } from '../../../electron/export/xlsx'
import { compute } from '../../../shared/engine/compute'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocuments } from '../../fixtures/documents'
import { hasSoffice, recalculateAll } from './libreOffice'
import { closeTo, engineValues, mismatches, summaryOf, tableOf, type Book } from './xlsxReadBack'
import { coverageWorkspace } from './xlsxCoverageWorkspace'

interface Case {
  label: string
  doc: WorkspaceDoc
  scenarioId: string | null
  month: number
}

const documents = [...exampleDocuments(), { name: 'formula-coverage', doc: coverageWorkspace() }]

const cases: Case[] = documents.flatMap(({ name, doc }) =>
  [null, ...doc.scenarios.map((s) => s.id)].flatMap((scenarioId) =>
    [0, 6].map((month) => ({
      label: `${name.replace('.json', '')} ${scenarioId ?? 'baseline'} month ${month}`,
      doc,
      scenarioId,
      month,
    })),
  ),
)

describe.runIf(hasSoffice)('the XLSX export, recalculated by LibreOffice', () => {
  let books: Map<string, Book>

  beforeAll(async () => {
    const files = new Map<string, Uint8Array>()
    for (const c of cases) {
      files.set(c.label.replaceAll(' ', '_'), await writeWorkbook(c.doc, c))
    }
    books = await recalculateAll(files, ['Summary', 'Forecast'])
  }, 600_000)

  const bookOf = (c: Case) => books.get(c.label.replaceAll(' ', '_'))!

  it.each(cases)('$label: every Summary value equals compute', (c) => {
    const result = compute(c.doc, c)
    const summary = summaryOf(bookOf(c))
    const required = [
      'portfolio.revenue',
      'portfolio.cogs',
      'portfolio.grossMarginPct',
      ...result.features.flatMap((f) => [
        `features.${f.id}.costPerUnit`,
        `features.${f.id}.grossMarginPct`,
      ]),
    ]
    expect([...summary.keys()]).toEqual(expect.arrayContaining(required))
    expect(mismatches(summary, engineValues(c.doc, result, c.month))).toEqual([])
  })

  it.each(cases)('$label: the Forecast equals the engine forecast', (c) => {
    const { forecast } = compute(c.doc, c)
    const rows = tableOf(bookOf(c), 'Forecast')
    expect(rows).toHaveLength(forecast.length)
    const problems = forecast.flatMap((want, i) => {
      const row = rows[i]!
      const pairs = [
        [row.get('Month'), want.month],
        [row.get('Revenue'), want.revenue],
        [row.get('COGS'), want.cogs],
        [row.get('Gross profit'), want.grossProfit],
        [row.get('Gross margin %'), want.grossMarginPct],
      ] as const
      return pairs.every(([got, wanted]) => closeTo(got ?? null, wanted))
        ? []
        : [`${want.month}: workbook ${JSON.stringify([...row])}, engine ${JSON.stringify(want)}`]
    })
    expect(problems).toEqual([])
    // Only months under a different set of overrides than the as-of month are engine values.
    const timed = (c.scenarioId ? c.doc.scenarios : []).some((s) =>
      s.overrides.some((o) => (o.fromMonth ?? 0) > 0),
    )
    const engineMonths = rows.filter((row) => row.get('Basis') !== 'formula').length
    if (!timed) expect(engineMonths).toBe(0)
  })
})
