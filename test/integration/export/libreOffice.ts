/**
 * Recalculating workbooks with LibreOffice headless, as a user's spreadsheet would on opening them.
 * LibreOffice keeps the cached values of an xlsx by default; a private profile per run sets it to
 * recalculate every formula on load (and keeps parallel runs apart). One soffice call converts a
 * whole batch. Values are read back from CSV: exceljs drops a formula's cached 0 and "" results.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Papa from 'papaparse'

const SOFFICE = '/usr/bin/soffice'
export const hasSoffice = existsSync(SOFFICE)

const run = promisify(execFile)

/** 0 = always recalculate on load, for OOXML and ODF files alike. */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

export interface Converted {
  /** The output files by input name (without extension). */
  paths: Map<string, string>
  dir: string
  dispose: () => void
}

/**
 * Converts `files` (name → xlsx bytes) with one soffice call to `format` (e.g. 'pdf', or a CSV
 * filter); `paths` are where single-file outputs land.
 */
export async function convertAll(
  files: ReadonlyMap<string, Uint8Array>,
  format: string,
  timeoutMs = 300_000,
): Promise<Converted> {
  const dir = mkdtempSync(join(tmpdir(), 'margin-soffice-'))
  const [input, output, profile] = ['in', 'out', 'profile'].map((name) => join(dir, name)) as [
    string,
    string,
    string,
  ]
  mkdirSync(input)
  mkdirSync(join(profile, 'user'), { recursive: true })
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD)
  const inputs = [...files].map(([name, bytes]) => {
    const path = join(input, `${name}.xlsx`)
    writeFileSync(path, bytes)
    return path
  })
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      output,
      ...inputs,
    ],
    { timeout: timeoutMs },
  )
  const extension = format.split(':')[0]!
  const paths = new Map(
    [...files.keys()].map((name) => [name, join(output, `${name}.${extension}`)]),
  )
  return { paths, dir, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * CSV, comma-separated, UTF-8, every sheet to its own file (`<name>-<sheet>.csv`), values as
 * stored rather than as shown: full precision (15 significant digits), 0 and "" kept apart.
 */
const CSV_ALL_SHEETS =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

/** A recalculated sheet: its rows of cells as LibreOffice wrote them. */
export type SheetCells = string[][]

/** Each workbook as LibreOffice recalculated it: its sheets by name. */
export async function recalculateAll(
  files: ReadonlyMap<string, Uint8Array>,
  sheetNames: readonly string[],
): Promise<Map<string, Map<string, SheetCells>>> {
  const converted = await convertAll(files, CSV_ALL_SHEETS)
  try {
    const books = new Map<string, Map<string, SheetCells>>()
    for (const name of files.keys()) {
      const sheets = new Map<string, SheetCells>()
      for (const sheet of sheetNames) {
        const path = join(converted.dir, 'out', `${name}-${sheet}.csv`)
        if (!existsSync(path)) continue
        const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: false })
        sheets.set(sheet, parsed.data)
      }
      books.set(name, sheets)
    }
    return books
  } finally {
    converted.dispose()
  }
}

export type CellResult = number | string | null

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(E[-+]?\d+)?$/i

/** What a cell shows: a number, text, or null for a blank or empty-text cell. */
export function cellResult(text: string | undefined): CellResult {
  if (text === undefined || text === '') return null
  return NUMBER.test(text) ? Number(text) : text
}
