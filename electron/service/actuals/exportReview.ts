/**
 * The weekly review a board export carries (issue #11), computed here, where the file's imported
 * actuals are: the export itself may run in a worker thread that gets plain data, never the db.
 * It reads the review's own window (the four weeks to the last full week and that week's month)
 * under the export's scenario, whatever window the Actuals view shows.
 */
import { reviewWindow, weeklyReview, type WeeklyReview } from '../../../shared/actuals/weeklyReview'
import { usageSpan } from '../../db/queries/actuals'
import type { OpenWorkspace } from '../openWorkspace'
import { overviewOf } from './actualsViews'

/** Null when the file holds no usage, or not yet a full week of it. */
export function exportReview(
  workspace: OpenWorkspace,
  scenarioId: string | null,
): WeeklyReview | null {
  const span = usageSpan(workspace.db)
  if (span === null) return null
  const overview = overviewOf(workspace, { scenarioId, ...reviewWindow(span) })
  return overview === null ? null : weeklyReview(overview, workspace.doc)
}
