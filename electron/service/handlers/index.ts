import type { Handlers } from '../../../shared/api'
import type { ServiceContext } from '../context'
import {
  actualsAlertsHandler,
  actualsCalibrationHandler,
  actualsOverviewHandler,
  commitActualsHandler,
  discardActualsHandler,
  importRevenueHandler,
  listImportsHandler,
  stageActualsHandler,
} from './actuals'
import { applyEditsHandler } from './applyEdits'
import {
  deleteBackupHandler,
  listBackupsHandler,
  openBackupHandler,
  restoreBackupHandler,
  takeBackupHandler,
} from './backups'
import { createHandler } from './create'
import { currentHandler, statusHandler } from './current'
import { downloadExportHandler, saveExportHandler } from './exportFiles'
import { cancelExportHandler, exportStatusHandler, startExportHandler } from './exportJobs'
import { exportJsonHandler } from './exportJson'
import { importJsonHandler } from './importJson'
import { openHandler, takeOverHandler } from './open'
import {
  catalogModelsHandler,
  catalogRefreshHandler,
  catalogResetHandler,
  pricesPreviewHandler,
} from './priceFiles'
import { recentHandler } from './recent'
import { saveAsHandler } from './saveAs'

export function createHandlers(context: ServiceContext): Handlers {
  return {
    'workspace/current': currentHandler(context),
    'workspace/open': openHandler(context),
    'workspace/create': createHandler(context),
    'workspace/saveAs': saveAsHandler(context),
    'workspace/recent': recentHandler(context),
    'workspace/importJson': importJsonHandler(context),
    'workspace/exportJson': exportJsonHandler(context),
    'workspace/takeOver': takeOverHandler(context),
    'workspace/status': statusHandler(context),
    'edits/apply': applyEditsHandler(context),
    'reports/start': startExportHandler(context),
    'reports/status': exportStatusHandler(context),
    'reports/cancel': cancelExportHandler(context),
    'reports/download': downloadExportHandler(context),
    'reports/save': saveExportHandler(context),
    'catalog/models': catalogModelsHandler(context),
    'catalog/refresh': catalogRefreshHandler(context),
    'catalog/reset': catalogResetHandler(context),
    'prices/preview': pricesPreviewHandler(context),
    'backups/list': listBackupsHandler(context),
    'backups/take': takeBackupHandler(context),
    'backups/open': openBackupHandler(context),
    'backups/restore': restoreBackupHandler(context),
    'backups/delete': deleteBackupHandler(context),
    'actuals/stage': stageActualsHandler(context),
    'actuals/commit': commitActualsHandler(context),
    'actuals/discard': discardActualsHandler(context),
    'actuals/importRevenue': importRevenueHandler(context),
    'actuals/imports': listImportsHandler(context),
    'actuals/overview': actualsOverviewHandler(context),
    'actuals/calibration': actualsCalibrationHandler(context),
    'actuals/alerts': actualsAlertsHandler(context),
  }
}
