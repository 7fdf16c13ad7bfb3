/**
 * The workspace service's own process: Electron main starts this bundle with utilityProcess.fork,
 * so SQLite reads, writes and document checks never hold up the window's UI thread. Plain Node,
 * no Electron import: it talks to main only through process.parentPort (protocol.ts).
 */
import { workerRunner, WorkspaceService } from '../service'
import { serveService } from './serve'

/** The part of Electron's process.parentPort used here. */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown
  postMessage(message: unknown): void
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort

if (parentPort === undefined) {
  process.stderr.write('The workspace service process is started by the desktop app only.\n')
  process.exit(1)
} else {
  serveService(
    {
      post: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    },
    (options, renderPdf) =>
      new WorkspaceService({
        dataDir: options.dataDir,
        demoPath: options.demoPath,
        resourcesDir: options.resourcesDir,
        initialFile: options.initialFile,
        nativeBinding: options.nativeBinding,
        app: 'desktop',
        renderPdf,
        runExport: workerRunner(options.exportWorker),
      }),
    (code) => process.exit(code),
  )
}
