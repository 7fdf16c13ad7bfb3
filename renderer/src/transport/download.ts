/**
 * Bytes made for the person handed to the browser as a download (the web host; in the desktop app
 * Electron asks where to save it).
 */

/** How long the blob stays addressable: the download reads it after the click returns. */
const blobLifetimeMs = 60_000

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), blobLifetimeMs)
}

/** The bytes of a base64 text, as the service sends a finished export over JSON. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index)
  return bytes
}
