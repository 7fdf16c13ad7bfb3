/**
 * What the workbook is, read back with exceljs: Summary first, named inputs, frozen headers,
 * number formats, notes, formulas without cached results, progress, and user text that stays
 * text, `=HYPERLINK(…)` included, before and after LibreOffice opens it.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeWorkbook } from '../../../electron/export/xlsx'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { cellResult, hasSoffice, recalculateAll } from './libreOffice'
import { sheet, tableOf } from './xlsxReadBack'

const HOSTILE = {
  feature: '=HYPERLINK("http://example.invalid","x")',
  cohort: '=1+1',
  model: '@SUM(1,2)',
  workspace: "=cmd|' /C calc'!A0",
}

function hostileDoc(): WorkspaceDoc {
  const doc = structuredClone(exampleDocument('support-agent.json'))
  doc.name = HOSTILE.workspace
  doc.features[0]!.name = HOSTILE.feature
  doc.cohorts[0]!.name = HOSTILE.cohort
  doc.models[0]!.name = HOSTILE.model
  return doc
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes.slice().buffer)
  return book
}

describe('the XLSX workbook', () => {
  let book: ExcelJS.Workbook
  let bytes: Uint8Array
  const progress: number[] = []

  beforeAll(async () => {
    bytes = await writeWorkbook(hostileDoc(), {
      scenarioId: 'price-complex',
      month: 6,
      onProgress: (fraction) => progress.push(fraction),
    })
    book = await load(bytes)
  })

  it('opens on the Summary and keeps results, inputs and workings in that order', () => {
    const names = book.worksheets.map((worksheet) => worksheet.name)
    expect(names[0]).toBe('Summary')
    expect(names.indexOf('Forecast')).toBeLessThan(names.indexOf('Models'))
    expect(names.slice(-2)).toEqual(['Calls', 'Lines'])
  })

  it('names the workspace inputs the formulas use', () => {
    for (const name of [
      'AsOfMonth',
      'AnnualPriceDeclinePct',
      'PortfolioFloorPct',
      'DeclineFactorAsOf',
    ]) {
      expect(book.definedNames.getRanges(name).ranges).toHaveLength(1)
    }
    const workspace = book.getWorksheet('Workspace')!
    const asOf = workspace.getCell(
      book.definedNames.getRanges('AsOfMonth').ranges[0]!.split('!')[1]!,
    )
    expect(asOf.value).toBe(6)
  })

  it('writes formulas without cached results, so a spreadsheet must compute them', () => {
    let formulas = 0
    for (const worksheet of book.worksheets) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return
          formulas += 1
          expect((cell.value as ExcelJS.CellFormulaValue).result).toBeUndefined()
        }),
      )
    }
    expect(formulas).toBeGreaterThan(100)
    const summary = book.getWorksheet('Summary')!
    expect(summary.getCell('A3').value).toBe('portfolio.revenue')
    expect(summary.getCell('B3').type).toBe(ExcelJS.ValueType.Formula)
  })

  it('freezes header rows, formats numbers as the app does and explains formulas in notes', () => {
    const features = book.getWorksheet('Feature results')!
    expect(features.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    const headers = features.getRow(2)
    const column = (header: string) => {
      let found = 0
      headers.eachCell((cell, c) => (found = cell.value === header ? c : found))
      return features.getRow(3).getCell(found)
    }
    expect(column('Cost per unit').numFmt).toBe('$#,##0.0000;-$#,##0.0000')
    expect(column('Revenue').numFmt).toBe('$#,##0;-$#,##0')
    expect(column('Gross margin %').numFmt).toBe('0.0"%"')
    expect(headers.getCell(1).font.bold).toBe(true)
    let notes = 0
    headers.eachCell((cell) => (notes += cell.note ? 1 : 0))
    expect(notes).toBeGreaterThan(5)
    expect(book.getWorksheet('Models')!.getCell('A1').value).toMatch(/not by a formula/)
  })

  it('reports progress up to 1', () => {
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('writes every name a user typed as text, never as a formula', () => {
    const found = new Map<string, number>()
    for (const worksheet of book.worksheets) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) {
            expect(cell.formula).not.toMatch(/HYPERLINK|cmd\|/)
          }
          for (const text of Object.values(HOSTILE)) {
            if (cell.value === text) found.set(text, (found.get(text) ?? 0) + 1)
          }
        }),
      )
    }
    for (const text of Object.values(HOSTILE)) expect(found.get(text)).toBeGreaterThan(0)
  })

  describe.runIf(hasSoffice)('opened by LibreOffice', () => {
    it('shows the names as the literal text', async () => {
      const books = await recalculateAll(new Map([['hostile', bytes]]), ['Features', 'Cohorts'])
      const recalculated = books.get('hostile')!
      expect(tableOf(recalculated, 'Features')[0]!.get('Name')).toBe(HOSTILE.feature)
      expect(tableOf(recalculated, 'Cohorts')[0]!.get('Name')).toBe(HOSTILE.cohort)
    })

    it('recalculates formulas whose cached value is stale (the check the other tests rely on)', async () => {
      const stale = new ExcelJS.Workbook()
      const worksheet = stale.addWorksheet('Summary')
      worksheet.getCell('A1').value = 1.5
      worksheet.getCell('B1').value = { formula: 'A1*2', result: 99 }
      const file = new Uint8Array(await stale.xlsx.writeBuffer())
      const books = await recalculateAll(new Map([['stale', file]]), ['Summary'])
      expect(cellResult(sheet(books.get('stale')!, 'Summary')[0]![1])).toBe(3)
    })
  })
})
