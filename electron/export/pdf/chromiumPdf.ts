/**
 * The report page printed by a headless Chromium, for the CLI and the web host (the Electron app
 * prints with its own Chromium: electron/main/reportPdf.ts). The page is written to a private
 * temporary folder with the browser's profile; Chromium is driven over the DevTools protocol on a
 * pipe, so it prints when the page says every chart is drawn rather than after a guessed delay.
 * The folder is removed and the browser gone whatever happens: printed, failed, timed out or
 * aborted.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { pathToFileURL } from 'node:url'
import { CdpPipe } from './cdpPipe'
import { findChromium } from './findChromium'
import { printPage } from './printPage'

export interface ChromiumPdfOptions {
  /** Default: findChromium(). */
  executable?: string
  /** For the whole print, start to finish. */
  timeoutMs?: number
}

const defaultTimeoutMs = 60_000

/** Chromium refuses to start as root with its sandbox on (a container, CI); elsewhere keep it. */
const sandboxFlags = () => (process.getuid?.() === 0 ? ['--no-sandbox'] : [])

/** `dir` holds the profile and, through TMPDIR, the files Chromium would leave in /tmp when killed. */
function launch(executable: string, dir: string): ChildProcess {
  return spawn(
    executable,
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--mute-audio',
      '--hide-scrollbars',
      ...sandboxFlags(),
      'about:blank',
    ],
    // fd 3: commands to the browser; fd 4: its replies.
    // Its own process group where there are groups, so the renderer and utility processes it
    // starts are killed with it, not left writing into `dir` while it is removed.
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, TMPDIR: dir, TMP: dir, TEMP: dir },
      detached: process.platform !== 'win32',
    },
  )
}

function killAll(child: ChildProcess): void {
  if (process.platform !== 'win32' && child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL')
      return
    } catch {
      // The group is already gone; the browser itself may not be.
    }
  }
  child.kill('SIGKILL')
}

/** The last lines Chromium wrote to stderr, to explain an early exit. */
function stderrTail(child: ChildProcess): () => string {
  let tail = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-2000)
  })
  return () => tail.trim().split('\n').slice(-5).join('\n')
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/**
 * Rejects when the browser fails to start or exits before printing, when `signal` aborts (with
 * its reason) and after `timeoutMs`; never resolves otherwise.
 */
function failures(
  child: ChildProcess,
  executable: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  cleanup: (stop: () => void) => void,
): Promise<never> {
  const tail = stderrTail(child)
  return new Promise<never>((_, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not print the report within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    )
    const onAbort = () => reject(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    child.once('error', (error) =>
      reject(new Error(`Chromium could not be started (${executable}): ${error.message}`)),
    )
    child.once('exit', (code, signalName) =>
      reject(
        new Error(
          `Chromium exited (${signalName ?? `code ${code}`}) before printing the report.` +
            (tail() === '' ? '' : `\n${tail()}`),
        ),
      ),
    )
    cleanup(() => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    })
  })
}

/** PDF bytes of `html`. Rejects with `signal.reason` when aborted; see ChromiumPdfOptions. */
export async function chromiumPdf(
  html: string,
  signal?: AbortSignal,
  options: ChromiumPdfOptions = {},
): Promise<Uint8Array> {
  signal?.throwIfAborted()
  const executable = options.executable ?? findChromium()
  const dir = await mkdtemp(join(tmpdir(), 'margin-pdf-'))
  let child: ChildProcess | null = null
  let stopWatching = () => {}
  try {
    const page = join(dir, 'report.html')
    await writeFile(page, html, { encoding: 'utf8', mode: 0o600 })
    signal?.throwIfAborted()
    child = launch(executable, dir)
    const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable)
    const failed = failures(
      child,
      executable,
      options.timeoutMs ?? defaultTimeoutMs,
      signal,
      (stop) => (stopWatching = stop),
    )
    failed.catch((error: unknown) =>
      cdp.close(error instanceof Error ? error : new Error(String(error))),
    )
    return await Promise.race([printPage(cdp, pathToFileURL(page).href), failed])
  } finally {
    stopWatching()
    if (child) {
      const gone = exited(child)
      killAll(child)
      await gone
    }
    // Retried: a file a dying process writes can make a folder non-empty mid-removal.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
  }
}
