import { readFile, writeFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { dialog, type BrowserWindow, type FileFilter } from 'electron'
import type { ApiError, Channel, Envelope, Request, WorkspaceSnapshot } from '../../shared/api'
import { callService, type Dispatcher } from '../common/dispatcher'
import { problemLines } from '../common/envelope'
import { workspaceExtension } from '../common/fileArgs'
import type { MenuActions } from './menu'
import { askSavePath } from './saveDialog'

const workspaceFilter: FileFilter = {
  name: 'AI Margin Planner workspace',
  extensions: [workspaceExtension.slice(1)],
}
const jsonFilter: FileFilter = { name: 'Workspace JSON', extensions: ['json'] }

interface Dependencies {
  service: Dispatcher
  /** Dialogs are modal to it; the app quits when it closes, so it outlives every action. */
  window: BrowserWindow
  /** Called after the open workspace changed, so the window can reload and retitle. */
  onSwitched: (snapshot: WorkspaceSnapshot) => void
}

/** The File menu's commands: native dialogs in front of the same API channels the renderer uses. */
export function createWorkspaceActions({ service, window, onSwitched }: Dependencies): MenuActions {
  const call = <C extends Channel>(channel: C, request: Request<C>) =>
    callService(service, channel, request)

  const switchTo = async (
    attempt: Promise<Envelope<WorkspaceSnapshot>>,
    failureTitle: string,
  ): Promise<void> => {
    const result = await attempt
    if (result.ok) onSwitched(result.value)
    else await showError(window, failureTitle, result.error)
  }

  const askOpenPath = async (title: string, filter: FileFilter) => {
    const choice = await dialog.showOpenDialog(window, {
      title,
      properties: ['openFile'],
      filters: [filter],
    })
    return choice.canceled ? null : (choice.filePaths[0] ?? null)
  }

  const actions: MenuActions = {
    async newWorkspace(template) {
      const path = await askSavePath(
        window,
        'New workspace',
        `Untitled${workspaceExtension}`,
        workspaceFilter,
      )
      if (!path) return
      await switchTo(call('workspace/create', { path, template }), 'Could not create the workspace')
    },
    async open() {
      const path = await askOpenPath('Open workspace', workspaceFilter)
      if (path) await actions.openPath(path)
    },
    openPath(path) {
      return switchTo(call('workspace/open', { path }), `Could not open ${basename(path)}`)
    },
    async saveAs() {
      const path = await askSavePath(
        window,
        'Save workspace as',
        `Copy${workspaceExtension}`,
        workspaceFilter,
      )
      if (path) await switchTo(call('workspace/saveAs', { path }), 'Could not save the workspace')
    },
    async importJson() {
      const source = await askOpenPath('Import workspace JSON', jsonFilter)
      if (!source) return
      let doc: unknown
      try {
        doc = JSON.parse(await readFile(source, 'utf8'))
      } catch (error) {
        return showError(window, `Could not read ${basename(source)}`, (error as Error).message)
      }
      const name = `${basename(source, extname(source))}${workspaceExtension}`
      const path = await askSavePath(window, 'Save imported workspace as', name, workspaceFilter)
      if (path) await switchTo(call('workspace/importJson', { path, doc }), 'Could not import')
    },
    async exportJson() {
      const result = await call('workspace/exportJson', {})
      if (!result.ok) return showError(window, 'Could not export', result.error)
      const name = `${result.value.doc.name.replace(/[\\/:*?"<>|]/g, '-')}.json`
      const path = await askSavePath(window, 'Export workspace JSON', name, jsonFilter)
      if (!path) return
      try {
        await writeFile(path, `${JSON.stringify(result.value.doc, null, 2)}\n`)
      } catch (error) {
        await showError(window, `Could not write ${basename(path)}`, (error as Error).message)
      }
    },
  }
  return actions
}

async function showError(
  owner: BrowserWindow,
  title: string,
  error: ApiError | string,
): Promise<void> {
  const message = typeof error === 'string' ? error : error.message
  const detail = typeof error === 'string' ? '' : problemLines(error.problems).join('\n')
  await dialog.showMessageBox(owner, {
    type: 'error',
    title,
    message: `${title}: ${message}`,
    detail,
  })
}
