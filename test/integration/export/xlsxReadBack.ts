/**
 * Reading a recalculated workbook back: the Summary's keys and values, a sheet's column by header,
 * and the engine's value for a Summary key (DESIGN.md §5 paths), so tests compare the two.
 */
import { compileDoc } from '../../../shared/engine/compiledDoc'
import type { ComputeResult } from '../../../shared/engine/results'
import { pricesAtMonth } from '../../../shared/engine/prices'
import { unitCost } from '../../../shared/engine/unitCost'
import { docAtMonth } from '../../../shared/engine/monthResult'
import { scenarioOverrides } from '../../../shared/model/overrides'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { cellResult, type CellResult, type SheetCells } from './libreOffice'

/** Rows of a recalculated sheet (0-based): the title, the headers, then the data. */
const HEADER_ROW = 1

export type Book = Map<string, SheetCells>

export function sheet(book: Book, name: string): SheetCells {
  const found = book.get(name)
  if (!found) throw new Error(`no sheet ${name}`)
  return found
}

/** Summary rows as key → shown value. */
export function summaryOf(book: Book): Map<string, CellResult> {
  const rows = sheet(book, 'Summary').slice(HEADER_ROW + 1)
  return new Map(rows.filter((row) => row[0]).map((row) => [row[0]!, cellResult(row[1])]))
}

/** The data rows of a table sheet as header → shown value. */
export function tableOf(book: Book, name: string): Map<string, CellResult>[] {
  const rows = sheet(book, name)
  const headers = rows[HEADER_ROW] ?? []
  return rows
    .slice(HEADER_ROW + 1)
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => new Map(headers.map((header, c) => [header, cellResult(row[c])])))
}

export type Expected = number | string | null

/** The engine's variable cost per unit at token scale 1 (DESIGN.md §5 wave 2), by feature id. */
function variableCostsPerUnit(doc: WorkspaceDoc, scenarioId: string | null, month: number) {
  const compiled = compileDoc(docAtMonth(doc, scenarioOverrides(doc, scenarioId), month))
  const prices = pricesAtMonth(compiled, month)
  return new Map(compiled.features.map((f) => [f.id, unitCost(f, prices, 1).variable]))
}

/** A function from Summary key to the engine's value; throws on a key it does not know. */
export function engineValues(
  doc: WorkspaceDoc,
  result: ComputeResult,
  month: number,
): (key: string) => Expected {
  const variable = variableCostsPerUnit(doc, result.scenarioId, month)
  const pick = (record: object, field: string, key: string): Expected => {
    if (!(field in record)) throw new Error(`the engine has no ${key}`)
    const value = (record as Record<string, unknown>)[field]
    if (value === null || typeof value === 'number' || typeof value === 'string') return value
    throw new Error(`${key} is not a single value`)
  }
  return (key) => {
    const [head = '', ...rest] = key.split('.')
    const last = rest.at(-1) ?? ''
    const middle = rest.slice(0, -1).join('.')
    switch (head) {
      case 'portfolio':
        return pick(result.portfolio, last, key)
      case 'layers':
        return pick(result.layers, last, key)
      case 'cacheBreakevenReuse':
        return pick(result.cacheBreakevenReuse, rest.join('.'), key)
      case 'cohorts': {
        const cohort = result.cohorts.find((c) => c.id === middle)
        if (!cohort) throw new Error(`no cohort for ${key}`)
        return pick(cohort, last, key)
      }
      case 'features': {
        const layer = /^(.*)\.layers$/.exec(middle)
        const id = layer ? layer[1]! : middle
        const feature = result.features.find((f) => f.id === id)
        if (!feature) throw new Error(`no feature for ${key}`)
        if (last === 'variableCostPerUnit') return variable.get(id) ?? null
        return pick(layer ? feature.layers : feature, last, key)
      }
      default:
        throw new Error(`unknown Summary key ${key}`)
    }
  }
}

/** Equal to 1e-9 relative; 1e-12 absolute only for what should be 0 and differs by rounding. */
export function closeTo(actual: CellResult, expected: Expected): boolean {
  if (typeof expected !== 'number' || typeof actual !== 'number') return actual === expected
  const scale = Math.max(Math.abs(actual), Math.abs(expected))
  return Math.abs(actual - expected) <= Math.max(1e-9 * scale, 1e-12)
}

/** The keys whose workbook value differs from the engine's, with both values. */
export function mismatches(
  actual: ReadonlyMap<string, CellResult>,
  expected: (key: string) => Expected,
): string[] {
  const problems: string[] = []
  for (const [key, value] of actual) {
    const want = expected(key)
    if (!closeTo(value, want))
      problems.push(`${key}: workbook ${JSON.stringify(value)}, engine ${want}`)
  }
  return problems
}
