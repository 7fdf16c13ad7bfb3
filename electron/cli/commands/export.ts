import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { ExportRequestError } from '../../export/checkExportRequest'
import { exportWorkspace, isBoardDocument } from '../../export/exportWorkspace'
import { chromiumPdf } from '../../export/pdf/chromiumPdf'
import { todayIso } from '../../../shared/today'
import { exportReview } from '../../service/actuals/exportReview'
import { writeFileAtomically } from '../../service/newFile'
import {
  csvTables,
  exportFormats,
  type CsvTable,
  type ExportFormat,
} from '../../../shared/report/exportRequest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { deltaBases } from '../../../shared/report/comparison'
import { isWorkspacePath } from '../../../shared/workspaceFile'
import { withReadOnly } from '../actuals/workspaceActuals'
import { CliError, exitFailed, usageError } from '../cliError'
import { parseCommandArgs, type Command } from '../commandArgs'
import { monthFlag, requireScenario } from '../flags'
import { fileFailure, loadDocument } from '../loadDocument'

const BASELINE = 'baseline'

/** `baseline` names the baseline wherever a scenario id is asked for. */
function scenarioArg(doc: WorkspaceDoc, flag: string, id: string): string | null {
  return id === BASELINE ? null : requireScenario(doc, flag, id)
}

function oneOf<T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(text)) return text as T
  throw new CliError([`--${flag}: '${text}' is not one of ${allowed.join(', ')}`])
}

/** --format, or the extension of --out when --format is left out. */
function formatOf(format: string | undefined, out: string): ExportFormat {
  if (format !== undefined) return oneOf('format', format, exportFormats)
  const extension = extname(out).slice(1).toLowerCase()
  if ((exportFormats as readonly string[]).includes(extension)) return extension as ExportFormat
  throw usageError(exportCommand.usage, '--format is required when --out has no known extension')
}

/**
 * The weekly review of a workspace file's imported actuals, for the formats that show it; a JSON
 * document holds no actuals. Read from a read-only copy, as the actuals commands read.
 */
function reviewOf(file: string, format: ExportFormat, scenarioId: string | null) {
  if (!isWorkspacePath(file) || !isBoardDocument(format)) return Promise.resolve(null)
  return withReadOnly(file, (workspace) => exportReview(workspace, scenarioId))
}

const sizeText = (bytes: number) =>
  bytes < 10_240
    ? `${bytes.toLocaleString('en-US')} bytes`
    : `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`

export const exportCommand: Command = {
  usage:
    'export <file> --format pptx|pdf|xlsx|csv --out <path> [--scenario <id>] ' +
    '[--compare <id,id,…>] [--month <t>] [--table features|cohorts|forecast|comparison] ' +
    '[--deltas baseline|parent]',
  async run(args) {
    const { values, file } = parseCommandArgs(exportCommand, args, {
      format: { type: 'string' },
      out: { type: 'string' },
      scenario: { type: 'string' },
      compare: { type: 'string' },
      month: { type: 'string' },
      table: { type: 'string' },
      deltas: { type: 'string' },
    })
    const out = values.out
    if (out === undefined || out.trim() === '') {
      throw usageError(exportCommand.usage, '--out is required')
    }
    const format = formatOf(values.format, out)
    const doc = await loadDocument(file)
    const scenarioId =
      values.scenario === undefined ? null : scenarioArg(doc, 'scenario', values.scenario)
    // The report's own scenario is always compared; without --compare, beside the baseline.
    const compare =
      values.compare === undefined
        ? [null]
        : values.compare
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== '')
            .map((id) => scenarioArg(doc, 'compare', id))
    const request = {
      format,
      scenarioId,
      compare,
      month: monthFlag(doc, values.month) ?? 0,
      csvTable:
        values.table === undefined ? undefined : oneOf<CsvTable>('table', values.table, csvTables),
      deltaAgainst:
        values.deltas === undefined ? undefined : oneOf('deltas', values.deltas, deltaBases),
    }
    const weeklyReview = await reviewOf(file, format, scenarioId)
    let exported
    try {
      exported = await exportWorkspace(doc, request, {
        renderPdf: chromiumPdf,
        today: todayIso(),
        weeklyReview,
      })
    } catch (error) {
      if (error instanceof ExportRequestError) throw new CliError([error.message])
      throw new CliError([`export failed: ${(error as Error).message}`], exitFailed)
    }
    // Written beside the target and renamed into place: a failure never leaves a partial file.
    try {
      await writeFileAtomically(out, true, (temporary) => writeFile(temporary, exported.bytes))
    } catch (error) {
      throw fileFailure(out, error)
    }
    process.stdout.write(
      `${out}: ${format.toUpperCase()}, ${sizeText(exported.bytes.byteLength)}\n`,
    )
  },
}
