import { join } from 'node:path'
import type { Channel, Envelope, Handlers } from '../../shared/api'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'
import { RecentFiles } from './recentFiles'
import { SerialQueue } from './serialQueue'
import { WorkspaceSession } from './session'
import type { Log } from './log'
import { openInitialWorkspace, type StartupOptions } from './startup'

export interface WorkspaceServiceOptions extends StartupOptions {
  /** Where unexpected errors go (with their stacks, which never reach a caller). */
  log?: Log
}

/**
 * The workspace service: owns the open SQLite file and implements the typed API of
 * shared/api.ts. Plain Node: Electron IPC and the web host both call `dispatch`.
 */
export class WorkspaceService {
  readonly handlers: Handlers
  private readonly session: WorkspaceSession
  private readonly queue = new SerialQueue()
  private readonly log: Log

  constructor(options: WorkspaceServiceOptions) {
    const log: Log = options.log ?? ((message, error) => console.error(message, error))
    const recent = new RecentFiles(join(options.dataDir, 'recent.json'), log)
    this.log = log
    this.session = new WorkspaceSession(recent, () => openInitialWorkspace(options, recent, log))
    this.handlers = this.serialize(
      createHandlers({
        files: { nativeBinding: options.nativeBinding },
        demoPath: options.demoPath,
        session: this.session,
        recent,
      }),
    )
  }

  dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    return dispatch(this.handlers, channel, payload, this.log)
  }

  /** Closes the open file once the requests under way have finished. */
  close(): Promise<void> {
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
