/**
 * The workbook as a CFO uses it: the known answers of the worked examples
 * (shared/examples/README.md) come out of the recalculated Summary, and an input changed in the
 * workbook recalculates to what the engine computes for the same change.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeWorkbook } from '../../../electron/export/xlsx'
import { compute } from '../../../shared/engine/compute'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { hasSoffice, recalculateAll } from './libreOffice'
import { closeTo, engineValues, mismatches, summaryOf, tableOf, type Book } from './xlsxReadBack'

interface Known {
  file: string
  scenarioId: string | null
  /** Summary key → the README's figure and the decimals it is given to. */
  answers: Record<string, [number, number]>
}

const KNOWN: Known[] = [
  {
    file: 'support-agent.json',
    scenarioId: null,
    answers: {
      'features.simple.grossMarginPct': [77.5, 1],
      'features.complex.grossMarginPct': [10, 1],
      'portfolio.grossMarginPct': [64, 1],
      'features.complex.breakevenPriceAtFloor': [4, 2],
    },
  },
  {
    file: 'support-agent.json',
    scenarioId: 'price-complex',
    answers: {
      'features.complex.grossMarginPct': [64, 1],
      'portfolio.grossMarginPct': [72.3077, 4],
    },
  },
  {
    file: 'support-agent.json',
    scenarioId: 'fire-drill',
    answers: { 'portfolio.grossMarginPct': [28, 1] },
  },
  {
    file: 'support-agent.json',
    scenarioId: 'route-mini',
    answers: { 'features.complex.grossMarginPct': [74.152, 3] },
  },
  {
    file: 'contract-analysis.json',
    scenarioId: null,
    answers: {
      'portfolio.grossMarginPct': [80.8081, 4],
      'features.contract.costPerUnitP95': [0.87, 2],
      'cohorts.typical.grossMarginPct': [93.94, 2],
      'cohorts.heavy.grossMarginPct': [-37.37, 2],
    },
  },
  {
    file: 'contract-analysis.json',
    scenarioId: 'guardrails',
    answers: { 'portfolio.grossMarginPct': [92.0464, 4] },
  },
  {
    file: 'devtools-freemium.json',
    scenarioId: null,
    answers: {
      'portfolio.grossMarginPct': [62.6667, 4],
      'cohorts.pro-users.grossMarginPct': [68.89, 2],
      'cohorts.free-users.cogs': [1400, 0],
      'cohorts.free-users.conversionBreakevenCustomers': [94, 0],
    },
  },
  {
    file: 'devtools-freemium.json',
    scenarioId: 'free-guardrails',
    answers: { 'portfolio.grossMarginPct': [68, 1] },
  },
  {
    file: 'selfhost-70b.json',
    scenarioId: null,
    answers: { 'portfolio.grossMarginPct': [85.8857, 4] },
  },
]

interface Edit {
  name: string
  file: string
  month: number
  /** The cell a user changes: sheet, the row's key in column A, the column's header. */
  cell: { sheet: string; row: string; header: string; value: number }
  /** The same change on the document, for the engine. */
  apply: (doc: WorkspaceDoc) => void
}

const EDITS: Edit[] = [
  {
    name: 'a usage price',
    file: 'support-agent.json',
    month: 0,
    cell: { sheet: 'Features', row: 'complex', header: 'Usage price per unit', value: 5 },
    apply: (doc) => (doc.features[1]!.pricePerUnit = 5),
  },
  {
    name: 'the annual price decline',
    file: 'selfhost-70b.json',
    month: 6,
    cell: { sheet: 'Workspace', row: 'AnnualPriceDeclinePct', header: 'Value', value: 30 },
    apply: (doc) => (doc.annualPriceDeclinePct = 30),
  },
  {
    name: 'a cohort growth rate',
    file: 'demo-workspace.json',
    month: 6,
    cell: { sheet: 'Cohorts', row: 'smb', header: 'Monthly growth %', value: 9 },
    apply: (doc) => (doc.cohorts.find((c) => c.id === 'smb')!.monthlyGrowthPct = 9),
  },
  {
    name: "a model's input price",
    file: 'demo-workspace.json',
    month: 0,
    cell: { sheet: 'Models', row: 'gpt-4o', header: 'Input $/MTok', value: 4 },
    apply: (doc) => (doc.models.find((m) => m.id === 'gpt-4o')!.prices[1]!.inputPerMTok = 4),
  },
]

async function edited(bytes: Uint8Array, edit: Edit['cell']): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes.slice().buffer)
  const worksheet = book.getWorksheet(edit.sheet)!
  let column = 0
  worksheet.getRow(2).eachCell((cell, c) => (column = cell.value === edit.header ? c : column))
  let row = 0
  worksheet.eachRow((r, n) => (row = n > 2 && r.getCell(1).value === edit.row ? n : row))
  if (!column || !row) throw new Error(`no cell for ${JSON.stringify(edit)}`)
  worksheet.getRow(row).getCell(column).value = edit.value
  return new Uint8Array(await book.xlsx.writeBuffer())
}

describe.runIf(hasSoffice)('the workbook in use', () => {
  let books: Map<string, Book>

  beforeAll(async () => {
    const files = new Map<string, Uint8Array>()
    for (const known of KNOWN) {
      const doc = exampleDocument(known.file)
      files.set(
        `known-${files.size}`,
        await writeWorkbook(doc, { scenarioId: known.scenarioId, month: 0 }),
      )
    }
    for (const [i, edit] of EDITS.entries()) {
      const bytes = await writeWorkbook(exampleDocument(edit.file), {
        scenarioId: null,
        month: edit.month,
      })
      files.set(`edit-${i}`, await edited(bytes, edit.cell))
    }
    books = await recalculateAll(files, ['Summary', 'Forecast'])
  }, 300_000)

  it.each(KNOWN.map((known, i) => ({ ...known, i })))(
    '$file $scenarioId: the README figures',
    ({ answers, i }) => {
      const summary = summaryOf(books.get(`known-${i}`)!)
      for (const [key, [figure, decimals]] of Object.entries(answers)) {
        expect(summary.get(key), key).toBeCloseTo(figure, decimals)
      }
    },
  )

  it.each(EDITS.map((edit, i) => ({ ...edit, i })))(
    'changing $name recalculates Summary and Forecast as the engine computes the change',
    ({ file, month, apply, i }) => {
      const doc = structuredClone(exampleDocument(file))
      apply(doc)
      const result = compute(doc, { month })
      const book = books.get(`edit-${i}`)!
      const before = compute(exampleDocument(file), { month })
      // The edit matters: without it the workbook would show other numbers.
      expect(closeTo(before.portfolio.grossMarginPct, result.portfolio.grossMarginPct)).toBe(false)
      expect(mismatches(summaryOf(book), engineValues(doc, result, month))).toEqual([])
      const forecast = tableOf(book, 'Forecast')
      result.forecast.forEach((row, t) => {
        expect(closeTo(forecast[t]!.get('COGS') ?? null, row.cogs), row.month).toBe(true)
        expect(closeTo(forecast[t]!.get('Revenue') ?? null, row.revenue), row.month).toBe(true)
      })
    },
  )
})
