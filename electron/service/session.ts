import type { WorkspaceSnapshot } from '../../shared/api'
import type { RecentFiles } from './recentFiles'
import type { OpenWorkspace } from './workspaceFiles'

/** The one workspace the service has open; the first request opens the initial one. */
export class WorkspaceSession {
  private workspace: OpenWorkspace | null = null

  constructor(
    private readonly recent: RecentFiles,
    private readonly openInitial: () => Promise<OpenWorkspace>,
  ) {}

  async current(): Promise<OpenWorkspace> {
    return this.workspace ?? this.switchTo(await this.openInitial())
  }

  /** Makes `next` the open workspace (closing the previous one) and remembers it as recent. */
  switchTo(next: OpenWorkspace): OpenWorkspace {
    if (this.workspace && this.workspace.db !== next.db) this.workspace.db.close()
    this.workspace = next
    this.recent.remember(next.path)
    return next
  }

  close(): void {
    this.workspace?.db.close()
    this.workspace = null
  }
}

export function snapshot(workspace: OpenWorkspace): WorkspaceSnapshot {
  return { path: workspace.path, doc: workspace.doc, revision: workspace.revision }
}
