import { basename } from 'node:path'
import type { Handlers } from '../../../shared/api'
import { WorkspaceError } from '../../db/workspaceError'
import { readImports } from '../../db/queries/actuals'
import { alertsOf, calibrationOf, overviewOf } from '../actuals/actualsViews'
import { writeRevenueImport, writeUsageImport } from '../actuals/writeActuals'
import type { ServiceContext } from '../context'

/** A part of an import's aggregates, held until the commit (or a discard). */
export function stageActualsHandler(context: ServiceContext): Handlers['actuals/stage'] {
  return async ({ stageId, ...part }) => {
    const workspacePath = (await context.session.opened()).path
    return { stageId: context.stagedImports.add(stageId, { ...part, workspacePath }) }
  }
}

/** Writes a staged import: its days replace the format's same days, in one transaction. */
export function commitActualsHandler(context: ServiceContext): Handlers['actuals/commit'] {
  return async ({ stageId, counts, firstDay, lastDay }) => {
    const workspace = await context.session.opened()
    const stage = context.stagedImports.take(stageId)
    if (stage.workspacePath !== workspace.path) {
      throw new WorkspaceError(
        'conflict',
        `This import was read for ${basename(stage.workspacePath)}, and ${basename(workspace.path)} ` +
          'is open now: nothing was imported. Open that workspace and import the file again.',
      )
    }
    const importId = writeUsageImport(workspace, stage.format, stage.fileName, {
      ...stage,
      counts,
      firstDay,
      lastDay,
      rejections: [],
    })
    return { importId }
  }
}

export function discardActualsHandler(context: ServiceContext): Handlers['actuals/discard'] {
  return async ({ stageId }) => {
    context.stagedImports.discard(stageId)
    return {}
  }
}

export function importRevenueHandler(context: ServiceContext): Handlers['actuals/importRevenue'] {
  return async ({ fileName, rows, counts }) => {
    const workspace = await context.session.opened()
    return { importId: writeRevenueImport(workspace, fileName, rows, counts) }
  }
}

export function listImportsHandler(context: ServiceContext): Handlers['actuals/imports'] {
  return async () => {
    const workspace = await context.session.current()
    return { imports: readImports(workspace.db) }
  }
}

export function actualsOverviewHandler(context: ServiceContext): Handlers['actuals/overview'] {
  return async (request) => overviewOf(await context.session.current(), request)
}

export function actualsCalibrationHandler(
  context: ServiceContext,
): Handlers['actuals/calibration'] {
  return async (request) => calibrationOf(await context.session.current(), request)
}

export function actualsAlertsHandler(context: ServiceContext): Handlers['actuals/alerts'] {
  return async () => alertsOf(await context.session.current())
}
