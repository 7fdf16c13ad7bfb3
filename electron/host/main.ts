/**
 * `npm run web -- [--port N] [--workspace FILE] [--no-open] [--data-dir DIR]`: the app in a
 * browser. Stdout carries exactly one line, the URL, so scripts and tests can read it.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { callService } from '../common/dispatcher'
import { problemLines } from '../common/envelope'
import { enterInvocationDir } from '../common/fileArgs'
import { chromiumPdf } from '../export/pdf/chromiumPdf'
import { workerRunner, WorkspaceService } from '../service'
import { defaultPort, parseHostArgs, usage, type HostArgs } from './hostArgs'
import { openBrowser } from './openBrowser'
import { startHost, type RunningHost } from './server'

// Both the source (electron/host/) and the bundle (dist/host/) sit two levels below the root.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

async function listenOnPreferredPort(
  port: number | null,
  start: (port: number) => Promise<RunningHost>,
): Promise<RunningHost> {
  if (port !== null) return start(port)
  try {
    return await start(defaultPort)
  } catch (error) {
    // Only an explicitly requested port is worth failing for.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    return start(0)
  }
}

async function main(): Promise<void> {
  enterInvocationDir('web')
  let args: HostArgs | 'help'
  try {
    args = parseHostArgs(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`)
    process.exitCode = 2
    return
  }
  if (args === 'help') {
    process.stdout.write(`${usage}\n`)
    return
  }
  const service = new WorkspaceService({
    dataDir: args.dataDir,
    demoPath: resolve(repoRoot, 'resources', 'demo-workspace.json'),
    resourcesDir: resolve(repoRoot, 'resources'),
    initialFile: args.workspace,
    app: 'web',
    renderPdf: chromiumPdf,
    runExport: workerRunner(resolve(repoRoot, 'dist', 'host', 'exportWorker.mjs')),
  })
  // Opening now reports a bad --workspace before a browser shows an empty app.
  const opened = await callService(service, 'workspace/current', {})
  if (!opened.ok) {
    process.stderr.write(
      [opened.error.message, ...problemLines(opened.error.problems), ''].join('\n'),
    )
    process.exitCode = 2
    return
  }
  const host = await listenOnPreferredPort(args.port, (port) =>
    startHost({ port, service, rendererDir: resolve(repoRoot, 'dist', 'renderer') }),
  )
  process.stdout.write(`${host.url}\n`)
  if (args.open) openBrowser(host.url)
  let stopping = false
  const stop = (): void => {
    // `npm run web` forwards the terminal's Ctrl+C, so the same signal may arrive twice.
    if (stopping) return
    stopping = true
    void host
      .close()
      .then(() => service.close())
      .finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`web host: ${(error as Error).message}\n`)
  process.exit(1)
})
