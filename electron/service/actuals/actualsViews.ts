/**
 * The Actuals view's data, computed in the service where the aggregates are: the window gets
 * figures, never a year of rows. A window not given is the last weeks of imported data.
 */
import { actualsOverview } from '../../../shared/actuals/overview'
import { calibrate } from '../../../shared/actuals/calibration/observe'
import { calibrationProposal } from '../../../shared/actuals/calibration/proposal'
import { addDays } from '../../../shared/actuals/days'
import type { Response } from '../../../shared/api'
import { readAggregates, readSamples, readUnmatched, usageSpan } from '../../db/queries/actuals'
import { cachedActuals, cachedHistory } from './actualsCache'
import type { OpenWorkspace } from '../openWorkspace'

/** What the dashboard opens on: two months of days, four of the alerts' weeks and more. */
const OVERVIEW_DAYS = 56
/** What calibration observes by default: the last four weeks, recent enough to be the truth. */
const CALIBRATION_DAYS = 28

interface Window {
  from?: string
  to?: string
}

/** The window asked for, its missing ends filled from the imported span; null: nothing imported. */
function windowOf(workspace: OpenWorkspace, asked: Window, days: number) {
  const span = usageSpan(workspace.db)
  if (span === null) return null
  const to = asked.to ?? span.to
  const from = asked.from ?? [addDays(to, 1 - days), span.from].sort().at(-1)!
  return { from, to }
}

export function overviewOf(
  workspace: OpenWorkspace,
  asked: Window & { scenarioId: string | null },
): Response<'actuals/overview'> {
  const window = windowOf(workspace, asked, OVERVIEW_DAYS)
  if (window === null) return null
  return actualsOverview({
    doc: workspace.doc,
    ...cachedActuals(workspace.db),
    unmatched: readUnmatched(workspace.db, window),
    ...window,
    scenarioId: asked.scenarioId,
    history: cachedHistory(workspace.db, workspace.doc),
  })
}

export function calibrationOf(
  workspace: OpenWorkspace,
  asked: Window,
): Response<'actuals/calibration'> {
  const window = windowOf(workspace, asked, CALIBRATION_DAYS)
  if (window === null) return null
  const features = calibrate({
    doc: workspace.doc,
    aggregates: readAggregates(workspace.db, window),
    samples: readSamples(workspace.db, window),
    ...window,
  })
  return { ...window, features, changes: calibrationProposal(features) }
}

export function alertsOf(workspace: OpenWorkspace): Response<'actuals/alerts'> {
  return { alerts: cachedHistory(workspace.db, workspace.doc)?.alerts ?? [] }
}
