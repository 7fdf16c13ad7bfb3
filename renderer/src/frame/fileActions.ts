/**
 * The File menu's actions: each replaces the open workspace with the service's answer, or says in
 * the notice bar why it could not.
 */
import type { DesktopChannel, DesktopRequest, WorkspaceSnapshot } from '../../../shared/api'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { slugify } from '../../../shared/report/fileNames'
import { api } from '../transport/api'
import { ApiFailure, describeError } from '../transport/apiFailure'
import { downloadBlob } from '../transport/download'
import { useWorkspace } from '../store/workspaceStore'
import { askChoice } from './choiceStore'
import { confirmAction } from './dialogStore'
import { useFileDialog, type PathRequest } from './fileDialogStore'

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** The folder of the open file, so suggested paths land beside it. */
export function folderOf(path: string | null): string {
  if (path === null) return ''
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return cut < 0 ? '' : path.slice(0, cut + 1)
}

/** The file the person works in: for a backup view, the one it is a backup of. */
export function workingPath(): string | null {
  const { path, access } = useWorkspace.getState()
  return access.mode === 'read-only' && access.backupOf !== undefined ? access.backupOf : path
}

export function suggestPath(name: string): string {
  return `${folderOf(workingPath())}${slugify(name)}.marginplan`
}

/** What a file action says when it is done (with the file's name) and when it failed. */
export interface FileActionWords {
  done: (fileName: string) => string
  failed: string
}

/** Shows the workspace `load` opened and says so; on failure, says why. False: no switch. */
export async function replaceWorkspace(
  words: FileActionWords,
  load: () => Promise<WorkspaceSnapshot>,
): Promise<boolean> {
  const { adopt, notify } = useWorkspace.getState()
  try {
    const snapshot = await load()
    adopt(snapshot)
    notify({ kind: 'info', text: words.done(fileName(snapshot.path)) })
    return true
  } catch (error) {
    if (error instanceof Cancelled) return false
    const reason = describeError(error)
    notify({ kind: 'error', text: `${words.failed}: ${reason}` })
    return false
  }
}

const words = {
  create: { done: (name) => `Created ${name}`, failed: 'Could not create the workspace' },
  open: { done: (name) => `Opened ${name}`, failed: 'Could not open the workspace' },
  saveAs: { done: (name) => `Saved as ${name}`, failed: 'Could not save the workspace' },
  importJson: { done: (name) => `Imported into ${name}`, failed: 'Could not import' },
  takeOver: { done: (name) => `Editing ${name}`, failed: 'Could not take over editing' },
} satisfies Record<string, FileActionWords>

/**
 * Runs `attempt`; when the service answers `code`, asks the person (`ask` resolves to the next
 * attempt, or null when they cancel) and runs that instead.
 */
async function withQuestion(
  attempt: () => Promise<WorkspaceSnapshot>,
  code: string,
  ask: (failure: ApiFailure) => Promise<(() => Promise<WorkspaceSnapshot>) | null>,
): Promise<WorkspaceSnapshot> {
  try {
    return await attempt()
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.code !== code) throw error
    const next = await ask(error)
    if (next === null) throw new Cancelled()
    return next()
  }
}

/** The person said no: not a failure to report. */
class Cancelled extends Error {}

/** A file another window holds for editing: read it, or edit it too. */
async function askLocked(failure: ApiFailure, path: string) {
  const choice = await askChoice({
    title: `${fileName(path)} is open elsewhere`,
    message: failure.message,
    choices: [
      { value: 'read-only', label: 'Open read-only', primary: true },
      { value: 'take-over', label: 'Take over editing' },
    ],
  })
  if (choice !== 'read-only' && choice !== 'take-over') return null
  return () => api.call('workspace/open', { path, access: choice })
}

/**
 * Writing a workspace where one exists (Save As, New, Import, Restore) replaces it only once the
 * person said so: `write(true)` is the confirmed attempt.
 */
async function askReplace(
  failure: ApiFailure,
  path: string,
  write: (overwrite: boolean) => Promise<WorkspaceSnapshot>,
) {
  // `exists` without the overwrite problem (not a workspace, or the one open here) is never
  // replaced: there is nothing to ask, only the refusal to show.
  if (!failure.problems.some((problem) => problem.path === 'overwrite')) throw failure
  const replace = await confirmAction({
    title: `Replace ${fileName(path)}?`,
    message: `${path} already exists. Replacing it loses what it holds now.`,
    confirmLabel: 'Replace',
    danger: true,
  })
  return replace ? () => write(true) : null
}

/** Writes a workspace file at `path`, asking before it replaces one. */
export function writeAsking(
  path: string,
  write: (overwrite: boolean) => Promise<WorkspaceSnapshot>,
): Promise<WorkspaceSnapshot> {
  return withQuestion(
    () => write(false),
    'exists',
    (failure) => askReplace(failure, path, write),
  )
}

/** The desktop app asks for paths in native dialogs in main; the page never names a file. */
export async function desktopFile<C extends FileChannel>(
  channel: C,
  request: DesktopRequest<C>,
): Promise<boolean> {
  try {
    return (await api.callDesktop(channel, request)).done
  } catch (error) {
    useWorkspace.getState().notify({ kind: 'error', text: describeError(error) })
    return false
  }
}

/** The desktop channels that switch files (answering whether they did). */
type FileChannel = Exclude<DesktopChannel, 'reports/saveDialog'>

export const fileActions = {
  create: (path: string, template: 'demo' | 'blank') =>
    replaceWorkspace(words.create, () =>
      writeAsking(path, (overwrite) => api.call('workspace/create', { path, template, overwrite })),
    ),
  open: (path: string) =>
    replaceWorkspace(words.open, () =>
      withQuestion(
        () => api.call('workspace/open', { path }),
        'locked',
        (failure) => askLocked(failure, path),
      ),
    ),
  saveAs: (path: string) =>
    replaceWorkspace(words.saveAs, () =>
      writeAsking(path, (overwrite) => api.call('workspace/saveAs', { path, overwrite })),
    ),
  importJson: (path: string, doc: unknown) =>
    replaceWorkspace(words.importJson, () =>
      writeAsking(path, (overwrite) => api.call('workspace/importJson', { path, doc, overwrite })),
    ),
  takeOver: () => replaceWorkspace(words.takeOver, () => api.call('workspace/takeOver', {})),

  /**
   * Starts a File menu action: the desktop app's main asks natively and reloads the window; the
   * web app asks for a path in the page.
   */
  start(kind: Exclude<PathRequest['kind'], 'import'>): void {
    if (!api.isDesktop()) useFileDialog.getState().ask({ kind })
    else if (kind === 'open') void desktopFile('files/open', {})
    else if (kind === 'saveAs') void desktopFile('files/saveAs', {})
    else void desktopFile('files/create', { template: kind })
  },

  /** The desktop app reads the JSON file in main (the web page reads it itself). */
  importInDesktop: () => desktopFile('files/importJson', {}),

  /** Opens the index-th recent file (the desktop page hands main an index, never a path). */
  openRecent: (index: number, path: string) =>
    api.isDesktop() ? desktopFile('files/openRecent', { index }) : fileActions.open(path),

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
      const reason = describeError(error)
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
    const reason = describeError(error)
    useWorkspace.setState({ saveStatus: 'error' })
    notify({ kind: 'error', text: `Could not open the workspace: ${reason}` })
  }
}
