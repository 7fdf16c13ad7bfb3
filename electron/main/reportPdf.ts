/**
 * The report page printed by Electron's own Chromium (the CLI and web host use a headless one:
 * export/pdf/chromiumPdf.ts). A hidden, sandboxed window without Node loads the page from a
 * private temporary file — at 5 MB with Plotly inlined it is too long for a data: URL — waits for
 * the page's ready signal, prints it and is destroyed. Its in-memory session is its own, so the
 * app's CSP header (which forbids inline scripts) never reaches the page, and nothing it does
 * touches the app's storage.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { page } from '../export/pdf/pageGeometry'
import { readyExpression, requireDrawn, type ReadyState } from '../export/pdf/readySignal'

const timeoutMs = 60_000

/** The printing window's own in-memory session (main denies it every permission). */
export const reportPartition = 'report-pdf'

/** Rejects on abort (with the signal's reason) or after timeoutMs; `stop` ends the watch. */
function interruptions(signal: AbortSignal | undefined): { failed: Promise<never>; stop(): void } {
  let stop = () => {}
  const failed = new Promise<never>((_, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The report was not printed within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    )
    const onAbort = () => reject(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    stop = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
  })
  // Raced only once the window exists: an abort before then must not count as unhandled.
  failed.catch(() => undefined)
  return { failed, stop }
}

function hiddenWindow(): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: true,
      partition: reportPartition,
    },
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  return window
}

async function print(window: BrowserWindow, file: string): Promise<Uint8Array> {
  await window.loadFile(file)
  requireDrawn((await window.webContents.executeJavaScript(readyExpression, true)) as ReadyState)
  const pdf = await window.webContents.printToPDF({
    landscape: page.landscape,
    pageSize: page.size,
    printBackground: true,
    // The page's @page rule carries the size and the margins its running header needs.
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  })
  return new Uint8Array(pdf)
}

/** A PdfRenderer (export/exportWorkspace.ts) for the desktop app. */
export async function electronPdf(html: string, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted()
  const dir = await mkdtemp(join(tmpdir(), 'margin-pdf-'))
  const watch = interruptions(signal)
  let window: BrowserWindow | null = null
  try {
    const file = join(dir, 'report.html')
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 })
    signal?.throwIfAborted()
    window = hiddenWindow()
    return await Promise.race([print(window, file), watch.failed])
  } finally {
    watch.stop()
    if (window && !window.isDestroyed()) window.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
