/**
 * The Electron main process: one window, the menu and the IPC bridge to the workspace service.
 * Everything with logic lives in the service and the renderer; this file only wires them.
 */
import { basename } from 'node:path'
import { app, dialog, Menu, session, type BrowserWindow } from 'electron'
import { workerRunner, WorkspaceService } from '../service'
import { appPaths, type AppPaths } from './appPaths'
import { callService } from '../common/dispatcher'
import { problemLines } from '../common/envelope'
import { createExportSave } from './exportSave'
import { workspaceArg } from '../common/fileArgs'
import { registerIpc } from './ipc'
import { menuTemplate, type MenuActions } from './menu'
import { electronPdf } from './reportPdf'
import { hardenSession } from './session'
import { createMainWindow, windowTitle } from './window'
import { createWorkspaceActions } from './workspaceActions'

interface Running {
  window: BrowserWindow
  actions: MenuActions
}

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    // The first instance receives our command line through 'second-instance' and opens the file.
    app.quit()
    return
  }
  let running: Running | null = null
  // A file handed over before the app is ready (macOS open-file, the command line) opens at start.
  let initialFile = workspaceArg(process.argv, process.cwd())

  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (running) void running.actions.openPath(path)
    else initialFile = path
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!running) return
    const file = workspaceArg(argv, workingDirectory)
    if (file) void running.actions.openPath(file)
    if (running.window.isMinimized()) running.window.restore()
    running.window.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(async () => {
      running = await start(initialFile)
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('AI Margin Planner could not start', String(error))
      app.exit(1)
    })
}

/** The service on the requested file; if that will not open, say so and start as usual. */
async function openService(
  paths: AppPaths,
  initialFile: string | undefined,
): Promise<WorkspaceService> {
  const create = (file: string | undefined) =>
    new WorkspaceService({
      dataDir: app.getPath('userData'),
      demoPath: paths.demo,
      resourcesDir: paths.resources,
      initialFile: file,
      nativeBinding: paths.nativeBinding,
      renderPdf: electronPdf,
      runExport: workerRunner(paths.exportWorker),
    })
  const service = create(initialFile)
  if (initialFile === undefined) return service
  const opened = await callService(service, 'workspace/current', {})
  if (opened.ok) return service
  dialog.showErrorBox(
    `Could not open ${basename(initialFile)}`,
    [opened.error.message, ...problemLines(opened.error.problems)].join('\n'),
  )
  return create(undefined)
}

async function start(initialFile: string | undefined): Promise<Running> {
  const paths = appPaths()
  hardenSession(session.defaultSession)
  const service = await openService(paths, initialFile)
  const window = createMainWindow(paths)
  // Still in the same turn as loadFile: the page cannot call before the handlers are in place.
  registerIpc(service, { 'reports/saveDialog': createExportSave(service, window) }, paths.indexUrl)
  const refreshChrome = async (): Promise<void> => {
    const current = await callService(service, 'workspace/current', {})
    const recent = await callService(service, 'workspace/recent', {})
    if (current.ok) {
      window.setTitle(windowTitle(current.value.path))
      app.addRecentDocument(current.value.path)
    }
    const template = menuTemplate(
      actions,
      recent.ok ? recent.value.paths : [],
      process.platform === 'darwin',
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  const actions = createWorkspaceActions({
    service,
    window,
    onSwitched: () => {
      // The renderer reads the workspace once at load; a fresh page is the simplest full switch.
      window.webContents.reload()
      void refreshChrome()
    },
  })
  await refreshChrome()
  return { window, actions }
}

main()
