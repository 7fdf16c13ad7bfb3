/**
 * Writes an import into the open workspace file: under the file's write lock, in one
 * transaction, then checkpointed into the file itself (saved means in the file). Actuals are data
 * beside the document, not edits of it: the document's revision does not move.
 */
import { sourceOf } from '../../../shared/actuals/types'
import type { RevenueRow, UsageFormat, ImportCounts } from '../../../shared/actuals/types'
import type { ImportResult } from '../../../shared/actuals/usageImport'
import { replaceRevenue, replaceUsage } from '../../db/queries/actuals'
import { requireWritable } from '../fileSync'
import type { OpenWorkspace } from '../openWorkspace'

function inWriteLock<T>(workspace: OpenWorkspace, write: () => T): T {
  const result = workspace.db
    .transaction(() => {
      requireWritable(workspace)
      return write()
    })
    .immediate()
  workspace.db.pragma('wal_checkpoint(TRUNCATE)')
  return result
}

export function writeUsageImport(
  workspace: OpenWorkspace,
  format: UsageFormat,
  fileName: string,
  result: ImportResult,
  importedAt: string = new Date().toISOString(),
): number {
  const source = sourceOf(format, result.aggregates)
  return inWriteLock(workspace, () =>
    replaceUsage(workspace.db, source, fileName, importedAt, result),
  )
}

export function writeRevenueImport(
  workspace: OpenWorkspace,
  fileName: string,
  rows: readonly RevenueRow[],
  counts: ImportCounts,
  importedAt: string = new Date().toISOString(),
): number {
  return inWriteLock(workspace, () =>
    replaceRevenue(workspace.db, fileName, importedAt, rows, counts),
  )
}
