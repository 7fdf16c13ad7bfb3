/**
 * A file made in the page handed to the browser's download (the web host) or to Electron's save
 * prompt: both see an ordinary link download, so no service call or file dialog code is needed.
 */

/** How long the file's blob stays addressable: the download reads it after the click returns. */
const blobLifetimeMs = 60_000

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), blobLifetimeMs)
}

/** CSV as the export writers make it: a byte-order mark first, so Excel reads the text as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8')
}
