import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Handlers } from '../../../shared/api'
import type { ServiceContext } from '../context'
import { writeFileAtomically } from '../newFile'

/** A finished export's bytes for the browser, which saves them as a download. */
export function downloadExportHandler(context: ServiceContext): Handlers['reports/download'] {
  return async ({ jobId }) => {
    const { fileName, mimeType, bytes } = context.exports.file(jobId)
    context.exports.drop(jobId)
    return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') }
  }
}

/**
 * Writes a finished export to `path` (the desktop's save dialog has already asked about replacing
 * a file there). The bytes go to a temporary file beside it, renamed into place, so a failure
 * leaves no partial file; a job that failed or was cancelled has no bytes and writes nothing.
 * The job is kept after a failed write, so the person can choose another folder.
 */
export function saveExportHandler(context: ServiceContext): Handlers['reports/save'] {
  return async ({ jobId, path }) => {
    const { bytes } = context.exports.file(jobId)
    const target = resolve(path)
    await writeFileAtomically(target, true, (temporaryFile) => writeFile(temporaryFile, bytes))
    context.exports.drop(jobId)
    return { path: target }
  }
}
