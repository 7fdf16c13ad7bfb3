import { join } from 'node:path'
import type { Channel, Envelope, Handlers } from '../../shared/api'
import { CatalogStore } from '../catalog/catalogStore'
import { BackupStore } from './backups/backupStore'
import type { PdfRenderer } from '../export/exportWorkspace'
import { dispatch } from './dispatch'
import { ExportJobs } from './exports/exportJobs'
import type { ExportRunner } from './exports/exportRunner'
import { createHandlers } from './handlers'
import { StagedImports } from './actuals/stagedImports'
import { RecentFiles } from './recentFiles'
import { SerialQueue } from './serialQueue'
import { WorkspaceSession } from './session'
import type { Log } from './log'
import { openInitialWorkspace, type StartupOptions } from './startup'

export interface WorkspaceServiceOptions extends StartupOptions {
  /** Where unexpected errors go (with their stacks, which never reach a caller). */
  log?: Log
  /** Prints the PDF report's page: Electron's printToPDF in the desktop app, else Chromium. */
  renderPdf: PdfRenderer
  /** Where exports run: a worker thread in the apps (workerRunner), in-process in tests. */
  runExport: ExportRunner
  /** The app's resources: the shipped price catalog (and, unbuilt, the snapshot it comes from). */
  resourcesDir: string
}

/**
 * The workspace service: owns the open SQLite file and implements the typed API of
 * shared/api.ts. Plain Node: Electron IPC and the web host both call `dispatch`.
 */
export class WorkspaceService {
  readonly handlers: Handlers
  private readonly session: WorkspaceSession
  private readonly exports: ExportJobs
  private readonly queue = new SerialQueue()
  private readonly log: Log

  constructor(options: WorkspaceServiceOptions) {
    const log: Log = options.log ?? ((message, error) => console.error(message, error))
    const recent = new RecentFiles(join(options.dataDir, 'recent.json'), log)
    const files = { nativeBinding: options.nativeBinding, app: options.app }
    const backups = new BackupStore({ folder: join(options.dataDir, 'backups'), files, log })
    this.log = log
    this.session = new WorkspaceSession(
      recent,
      () => openInitialWorkspace(options, recent, log),
      backups,
    )
    this.exports = new ExportJobs({
      runExport: options.runExport,
      renderPdf: options.renderPdf,
      log,
    })
    this.handlers = this.serialize(
      createHandlers({
        files,
        demoPath: options.demoPath,
        session: this.session,
        recent,
        exports: this.exports,
        stagedImports: new StagedImports(),
        backups,
        catalog: new CatalogStore({
          resourcesDir: options.resourcesDir,
          refreshedFile: join(options.dataDir, 'catalog.json'),
          log,
        }),
      }),
    )
  }

  dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    return dispatch(this.handlers, channel, payload, this.log)
  }

  /** Stops the exports under way and closes the open file once the requests under way finish. */
  close(): Promise<void> {
    this.exports.cancelAll()
    return this.queue.run(async () => this.session.close())
  }

  private serialize(handlers: Handlers): Handlers {
    const entries = Object.entries(handlers) as [Channel, (request: unknown) => Promise<unknown>][]
    return Object.fromEntries(
      entries.map(([channel, handler]) => [
        channel,
        (request: unknown) => this.queue.run(() => handler(request)),
      ]),
    ) as Handlers
  }
}
