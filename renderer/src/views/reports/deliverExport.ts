import { fileName } from '../../frame/fileActions'
import { api } from '../../transport/api'
import { base64Bytes, downloadBlob } from '../../transport/download'

/** Where a finished export went; null when the person closed the save dialog. */
export interface Delivered {
  fileName: string
  /** The folder it was saved in (desktop); absent for a browser download. */
  folder?: string
}

/**
 * Hands a finished export to the person: the desktop app asks where to save it (main's native
 * dialog, the service writes it), the browser downloads it.
 */
export async function deliverExport(jobId: string): Promise<Delivered | null> {
  if (api.isDesktop()) {
    const { path } = await api.callDesktop('reports/saveDialog', { jobId })
    if (path === null) return null
    const name = fileName(path)
    return { fileName: name, folder: path.slice(0, path.length - name.length - 1) }
  }
  const file = await api.call('reports/download', { jobId })
  downloadBlob(file.fileName, new Blob([base64Bytes(file.base64)], { type: file.mimeType }))
  return { fileName: file.fileName }
}
