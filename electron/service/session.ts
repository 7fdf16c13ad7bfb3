import type { WorkspaceSnapshot } from '../../shared/api'
import { catchUp } from './fileSync'
import type { RecentFiles } from './recentFiles'
import { closeWorkspace, type OpenWorkspace } from './openWorkspace'

/** Told when a workspace becomes the open one and after each saved batch (automatic backups). */
export interface SessionWatcher {
  opened(workspace: OpenWorkspace): void
  saved(workspace: OpenWorkspace): void
}

/** The one workspace the service has open; the first request opens the initial one. */
export class WorkspaceSession {
  private workspace: OpenWorkspace | null = null

  constructor(
    private readonly recent: RecentFiles,
    private readonly openInitial: () => Promise<OpenWorkspace>,
    private readonly watcher: SessionWatcher | null = null,
  ) {}

  /** The open workspace, brought up to what its file holds now. */
  async current(): Promise<OpenWorkspace> {
    const workspace = await this.opened()
    catchUp(workspace)
    return workspace
  }

  /**
   * The open workspace as last read (opening the initial one first), without looking at its
   * file: for a write, which checks the file itself under the write lock (commitEdits).
   */
  async opened(): Promise<OpenWorkspace> {
    return this.workspace ?? this.switchTo(await this.openInitial())
  }

  /** The open workspace without looking at its file (null before the first request). */
  peek(): OpenWorkspace | null {
    return this.workspace
  }

  /**
   * Makes `next` the open workspace (closing the previous one) and remembers it as recent; a
   * backup opened to look at is not a file the person works in, so it is not remembered.
   */
  switchTo(next: OpenWorkspace): OpenWorkspace {
    if (this.workspace && this.workspace.db !== next.db) closeWorkspace(this.workspace)
    this.workspace = next
    if (!(next.access.mode === 'read-only' && next.access.reason === 'backup')) {
      this.recent.remember(next.path)
    }
    this.watcher?.opened(next)
    return next
  }

  /** Called after a batch of edits was saved. */
  saved(workspace: OpenWorkspace): void {
    this.watcher?.saved(workspace)
  }

  close(): void {
    if (this.workspace) closeWorkspace(this.workspace)
    this.workspace = null
  }
}

export function snapshot(workspace: OpenWorkspace): WorkspaceSnapshot {
  return {
    path: workspace.path,
    doc: workspace.doc,
    revision: workspace.revision,
    access: workspace.access,
  }
}
