/** What the actuals commands read from a workspace file: its document and imported actuals. */
import { isWorkspacePath, WORKSPACE_EXTENSION } from '../../../shared/workspaceFile'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { DailyAggregate, RevenueRow, UnmatchedCount } from '../../../shared/actuals/types'
import { readAggregates, readRevenue, readUnmatched, type DayRange } from '../../db/queries/actuals'
import { closeWorkspace, openWorkspaceFile, type OpenWorkspace } from '../../service'
import { CliError } from '../cliError'
import { fileFailure } from '../loadDocument'

export interface WorkspaceActuals {
  doc: WorkspaceDoc
  aggregates: DailyAggregate[]
  unmatched: UnmatchedCount[]
  revenue: RevenueRow[]
}

export function requireWorkspaceFile(file: string): void {
  if (!isWorkspacePath(file)) {
    throw new CliError([
      `${file}: actuals live in a workspace file (${WORKSPACE_EXTENSION}), not in a JSON document`,
    ])
  }
}

/** Opens the file read-only (a private copy: a window editing it is not disturbed). */
export async function withReadOnly<T>(
  file: string,
  read: (workspace: OpenWorkspace) => T,
): Promise<T> {
  requireWorkspaceFile(file)
  const workspace = await openWorkspaceFile(file, { app: 'cli' }, 'read-only').catch(
    (error: unknown) => {
      throw fileFailure(file, error)
    },
  )
  try {
    return read(workspace)
  } finally {
    closeWorkspace(workspace)
  }
}

export function readWorkspaceActuals(file: string, range: DayRange): Promise<WorkspaceActuals> {
  return withReadOnly(file, (workspace) => ({
    doc: workspace.doc,
    aggregates: readAggregates(workspace.db, range),
    unmatched: readUnmatched(workspace.db, range),
    revenue: readRevenue(workspace.db, range),
  }))
}
