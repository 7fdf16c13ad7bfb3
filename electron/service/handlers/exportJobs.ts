import type { Handlers } from '../../../shared/api'
import { checkExportRequest, ExportRequestError } from '../../export/checkExportRequest'
import { isBoardDocument } from '../../export/exportWorkspace'
import { WorkspaceError } from '../../db/workspaceError'
import { exportReview } from '../actuals/exportReview'
import type { ServiceContext } from '../context'
import { requestError } from '../exports/exportFailure'

/**
 * Starts an export of the saved document. The renderer sends the revision it shows; any other
 * (an edit still on its way, a change from elsewhere) is refused, so the file is what was seen.
 * A request naming a scenario or month the document lacks is refused here, naming the field.
 * The PDF and the deck carry the file's weekly review when it holds imported actuals.
 */
export function startExportHandler(context: ServiceContext): Handlers['reports/start'] {
  return async ({ revision, ...request }) => {
    const workspace = await context.session.current()
    if (revision !== workspace.revision) {
      throw new WorkspaceError(
        'conflict',
        `The workspace is at revision ${workspace.revision}, not ${revision}: ` +
          'let the last edits save, then export again',
      )
    }
    try {
      checkExportRequest(workspace.doc, request)
    } catch (error) {
      throw error instanceof ExportRequestError ? requestError(error) : error
    }
    // Computed before the job starts, from the revision just checked: the review matches the file.
    const review = isBoardDocument(request.format)
      ? exportReview(workspace, request.scenarioId)
      : null
    return { jobId: context.exports.start(workspace.doc, request, review) }
  }
}

export function exportStatusHandler(context: ServiceContext): Handlers['reports/status'] {
  return async ({ jobId }) => context.exports.status(jobId)
}

export function cancelExportHandler(context: ServiceContext): Handlers['reports/cancel'] {
  return async ({ jobId }) => context.exports.cancel(jobId)
}
