/**
 * The File menu's actions: each replaces the open workspace with the service's answer, or says in
 * the notice bar why it could not.
 */
import type { WorkspaceSnapshot } from '../../../shared/api'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { slugify } from '../../../shared/report/fileNames'
import { api } from '../transport/api'
import { ApiFailure } from '../transport/apiFailure'
import { downloadBlob } from '../transport/download'
import { useWorkspace } from '../store/workspaceStore'

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** The folder of the open file, so suggested paths land beside it. */
function folderOf(path: string | null): string {
  if (path === null) return ''
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return cut < 0 ? '' : path.slice(0, cut + 1)
}

export function suggestPath(name: string): string {
  return `${folderOf(useWorkspace.getState().path)}${slugify(name)}.marginplan`
}

async function replaceWorkspace(
  verb: string,
  load: () => Promise<WorkspaceSnapshot>,
): Promise<boolean> {
  const { adopt, notify } = useWorkspace.getState()
  try {
    const snapshot = await load()
    adopt(snapshot)
    notify({ kind: 'info', text: `${verb} ${fileName(snapshot.path)}` })
    return true
  } catch (error) {
    const reason = error instanceof ApiFailure ? error.describe() : String(error)
    notify({ kind: 'error', text: `${verb} failed: ${reason}` })
    return false
  }
}

export const fileActions = {
  create: (path: string, template: 'demo' | 'blank') =>
    replaceWorkspace('Created', () => api.call('workspace/create', { path, template })),
  open: (path: string) => replaceWorkspace('Opened', () => api.call('workspace/open', { path })),
  saveAs: (path: string) =>
    replaceWorkspace('Saved as', () => api.call('workspace/saveAs', { path })),
  importJson: (path: string, doc: unknown) =>
    replaceWorkspace('Imported into', () => api.call('workspace/importJson', { path, doc })),

  async recent(): Promise<string[]> {
    try {
      return (await api.call('workspace/recent', {})).paths
    } catch {
      return []
    }
  },

  /** Downloads the service's copy of the document (what is saved, not what is still pending). */
  async exportJson(): Promise<void> {
    const { notify } = useWorkspace.getState()
    try {
      const { doc } = await api.call('workspace/exportJson', {})
      downloadJson(doc)
      notify({ kind: 'info', text: `Exported ${slugify(doc.name)}.json` })
    } catch (error) {
      const reason = error instanceof ApiFailure ? error.describe() : String(error)
      notify({ kind: 'error', text: `Export failed: ${reason}` })
    }
  },
}

function downloadJson(doc: WorkspaceDoc): void {
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' })
  downloadBlob(`${slugify(doc.name)}.json`, blob)
}

/** At start-up: the workspace the service has open (the demo copy on first run). */
export async function loadCurrentWorkspace(): Promise<void> {
  const { adopt, notify } = useWorkspace.getState()
  try {
    adopt(await api.call('workspace/current', {}))
  } catch (error) {
    const reason = error instanceof ApiFailure ? error.describe() : String(error)
    useWorkspace.setState({ saveStatus: 'error' })
    notify({ kind: 'error', text: `Could not open the workspace: ${reason}` })
  }
}
