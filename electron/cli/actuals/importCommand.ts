/**
 * `margin actuals import`: a usage log (or a revenue CSV) into a workspace file. The file is read
 * and aggregated before the workspace is taken for editing; the write is one transaction that
 * replaces the days the log covers for its format, so importing twice counts nothing twice.
 */
import { USAGE_FORMATS } from '../../../shared/actuals/api'
import type { UsageFormat } from '../../../shared/actuals/types'
import { ImportRefused } from '../../../shared/actuals/types'
import type { ActualsMapping, WorkspaceDoc } from '../../../shared/model/types'
import { asJson } from '../../../shared/model/editing/json'
import { paths } from '../../../shared/model/paths/build'
import { validateDocument } from '../../../shared/model/validate'
import { problemLines } from '../../common/envelope'
import { writeRevenueImport, writeUsageImport } from '../../service/actuals/writeActuals'
import { closeWorkspace, commitEdits, openWorkspaceFile, type OpenWorkspace } from '../../service'
import { CliError, usageError } from '../cliError'
import { parseFileArgs, type Command } from '../commandArgs'
import { fileFailure, readJsonFile } from '../loadDocument'
import { readRevenueFile } from './readRevenueFile'
import { readUsageFile } from './readUsageFile'
import { importSummaryText } from './summaryText'
import { requireWorkspaceFile, withReadOnly } from './workspaceActuals'
import { basename } from 'node:path'

const FORMATS = [...USAGE_FORMATS, 'revenue'] as const
type ImportFormat = (typeof FORMATS)[number]

export const actualsImportUsage =
  `actuals import <workspace.marginplan> <file> --format ${FORMATS.join('|')} ` +
  '[--mapping <mapping.json>] [--dry-run]'

const command: Command = { usage: actualsImportUsage, run: () => undefined }

function formatFlag(text: string | undefined): ImportFormat {
  if (text === undefined) throw usageError(actualsImportUsage, '--format is required')
  if (!(FORMATS as readonly string[]).includes(text)) {
    throw usageError(actualsImportUsage, `--format: '${text}' is not one of ${FORMATS.join(', ')}`)
  }
  return text as ImportFormat
}

/** A mapping file is checked as part of the document it would join, naming what is wrong. */
function mappingFrom(file: string, format: UsageFormat, doc: WorkspaceDoc): ActualsMapping {
  const value = readJsonFile(file)
  const mapping = { ...(value as object), id: format } as ActualsMapping
  const others = (doc.actualsMappings ?? []).filter((entry) => entry.id !== format)
  const checked = validateDocument({ ...doc, actualsMappings: [...others, mapping] })
  if (!checked.ok)
    throw new CliError([`${file}: not a usable mapping`, ...problemLines(checked.problems)])
  return mapping
}

async function readWithGuard<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ImportRefused) throw new CliError([error.message])
    if ((error as NodeJS.ErrnoException).code !== undefined) throw fileFailure(file, error)
    throw error
  }
}

export async function runActualsImport(args: string[]): Promise<void> {
  const { values, files } = parseFileArgs(command, args, {
    format: { type: 'string' },
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  })
  const [workspaceFile, logFile, extra] = files
  if (logFile === undefined || extra !== undefined) {
    throw usageError(actualsImportUsage, 'expected a workspace file and a log file')
  }
  requireWorkspaceFile(workspaceFile)
  const format = formatFlag(values.format)
  const view = await withReadOnly(workspaceFile, (workspace) => ({
    doc: workspace.doc,
    revision: workspace.revision,
  }))
  const dryRun = values['dry-run']
  if (format === 'revenue') {
    const revenue = await readWithGuard(logFile, () => readRevenueFile(logFile))
    process.stdout.write(
      importSummaryText(basename(logFile), revenue.counts, revenue.rejections, []),
    )
    if (!dryRun) {
      await writing(workspaceFile, (workspace) =>
        writeRevenueImport(workspace, basename(logFile), revenue.rows, revenue.counts),
      )
    }
    return done(workspaceFile, dryRun)
  }
  const mapping =
    values.mapping === undefined
      ? view.doc.actualsMappings?.find((entry) => entry.id === format)
      : mappingFrom(values.mapping, format, view.doc)
  const result = await readWithGuard(logFile, () =>
    readUsageFile(logFile, format, view.doc, mapping, progressLine()),
  )
  clearProgressLine()
  process.stdout.write(
    importSummaryText(basename(logFile), result.counts, result.rejections, result.unmatched),
  )
  if (!dryRun) {
    await writing(workspaceFile, (workspace) => {
      // A mapping given on the command line is saved for the next import (§9), as one edit.
      if (values.mapping !== undefined && mapping !== undefined) {
        const others = (workspace.doc.actualsMappings ?? []).filter((m) => m.id !== format)
        commitEdits(
          workspace,
          [{ op: 'set', path: paths.actualsMappings(), value: asJson([...others, mapping]) }],
          `${values.mapping}: the mapping would make the workspace invalid`,
          view.revision,
        )
      }
      writeUsageImport(workspace, format, basename(logFile), result)
    })
  }
  done(workspaceFile, dryRun)
}

/** Takes the file for editing (refused, naming who, when a window holds it) and writes. */
async function writing(file: string, write: (workspace: OpenWorkspace) => void): Promise<void> {
  const workspace = await openWorkspaceFile(file, { app: 'cli' }, 'edit').catch(
    (error: unknown) => {
      throw fileFailure(file, error)
    },
  )
  try {
    write(workspace)
  } catch (error) {
    throw fileFailure(file, error)
  } finally {
    closeWorkspace(workspace)
  }
}

function done(file: string, dryRun: boolean): void {
  process.stdout.write(dryRun ? `Dry run: ${file} is unchanged.\n` : `Imported into ${file}.\n`)
}

/** On a terminal, "Read 300,000 rows…" on stderr as a long read goes; nothing in a pipe or a log. */
function progressLine(): ((rows: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined
  return (rows) => process.stderr.write(`\rRead ${rows.toLocaleString('en-US')} rows…`)
}

function clearProgressLine(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
}
