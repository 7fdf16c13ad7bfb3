import type { BrowserWindow, FileFilter } from 'electron'
import type { ExportFormat } from '../../shared/report/exportRequest'
import { callService, type Dispatcher } from '../common/dispatcher'
import type { DesktopHandlers } from './desktopChannels'
import { failure } from '../common/envelope'
import { askSavePath } from './saveDialog'

const formatFilters: Record<ExportFormat, FileFilter> = {
  pptx: { name: 'PowerPoint presentation', extensions: ['pptx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
}

/**
 * `reports/saveDialog`: asks where to save a finished export (suggesting the job's file name) and
 * has the service write it there. The service writes atomically and refuses a job without bytes.
 */
export function createExportSave(
  service: Dispatcher,
  window: BrowserWindow,
): DesktopHandlers['reports/saveDialog'] {
  return async ({ jobId }) => {
    const status = await callService(service, 'reports/status', { jobId })
    if (!status.ok) return status
    const { state, fileName, format } = status.value
    if (state !== 'done' || fileName === undefined) {
      return failure('bad-request', `The export is ${state}: there is no file to save`)
    }
    const path = await askSavePath(window, 'Save export', fileName, formatFilters[format])
    if (path === null) return { ok: true, value: { path: null } }
    return callService(service, 'reports/save', { jobId, path })
  }
}
