/**
 * The Electron main process: one window, the menu and the IPC bridge to the workspace service,
 * which runs in its own utility process (serviceProcess.ts) so the UI thread never waits on
 * SQLite. Everything with logic lives in the service and the renderer; this file only wires them.
 */
import { basename } from 'node:path'
import { app, dialog, Menu, session, type BrowserWindow } from 'electron'
import { callService } from '../common/dispatcher'
import { problemLines } from '../common/envelope'
import { workspaceArg } from '../common/fileArgs'
import { handleAppProtocol, registerAppScheme } from './appProtocol'
import { appPaths, type AppPaths } from './appPaths'
import { createExportSave } from './exportSave'
import { fileHandlers } from './fileChannels'
import { menuActions } from './fileMenuActions'
import { registerIpc } from './ipc'
import { menuTemplate, type MenuActions } from './menu'
import { electronPdf, reportPartition } from './reportPdf'
import { startServiceProcess, type ServiceProcess } from './serviceProcess'
import { denyAllPermissions, hardenSession } from './session'
import { createMainWindow, windowTitle } from './window'
import { createWorkspaceFiles } from './workspaceFileCommands'

interface Running {
  window: BrowserWindow
  actions: MenuActions
  service: ServiceProcess
}

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    // The first instance receives our command line through 'second-instance' and opens the file.
    app.quit()
    return
  }
  // Only before 'ready' can app:// be made a standard, secure scheme.
  registerAppScheme()
  let running: Running | null = null
  let serviceClosed = false
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
  // Quitting waits for the service to close the workspace and release the file.
  app.on('will-quit', (event) => {
    if (!running || serviceClosed) return
    event.preventDefault()
    void running.service.close().finally(() => {
      serviceClosed = true
      app.quit()
    })
  })
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

/**
 * The service on the requested file; if that will not open, say so and start as usual. (A file
 * another process holds for editing opens read-only: the service never answers `locked` here.)
 */
async function openService(
  paths: AppPaths,
  initialFile: string | undefined,
  onCrash: (message: string) => void,
): Promise<ServiceProcess> {
  const start = (file: string | undefined) =>
    startServiceProcess(
      paths.serviceProcess,
      {
        dataDir: app.getPath('userData'),
        demoPath: paths.demo,
        resourcesDir: paths.resources,
        initialFile: file,
        nativeBinding: paths.nativeBinding,
        exportWorker: paths.exportWorker,
      },
      { renderPdf: electronPdf, onCrash },
    )
  const service = start(initialFile)
  if (initialFile === undefined) return service
  const opened = await callService(service, 'workspace/current', {})
  if (opened.ok) return service
  await service.close()
  dialog.showErrorBox(
    `Could not open ${basename(initialFile)}`,
    [opened.error.message, ...problemLines(opened.error.problems)].join('\n'),
  )
  return start(undefined)
}

async function start(initialFile: string | undefined): Promise<Running> {
  const paths = appPaths()
  hardenSession(session.defaultSession)
  denyAllPermissions(session.fromPartition(reportPartition))
  handleAppProtocol(session.defaultSession, paths.rendererDir)
  let window: BrowserWindow | null = null
  const onCrash = (message: string) => {
    const options = { type: 'error' as const, title: 'Workspace service stopped', message }
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
  }
  const service = await openService(paths, initialFile, onCrash)
  const mainWindow = createMainWindow(paths)
  window = mainWindow
  const refreshChrome = async (): Promise<void> => {
    const current = await callService(service, 'workspace/current', {})
    const recent = await callService(service, 'workspace/recent', {})
    if (current.ok) {
      mainWindow.setTitle(windowTitle(current.value.path))
      app.addRecentDocument(current.value.path)
    }
    const template = menuTemplate(
      actions,
      recent.ok ? recent.value.paths : [],
      process.platform === 'darwin',
      !app.isPackaged,
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  const files = createWorkspaceFiles({
    service,
    window: mainWindow,
    onSwitched: () => {
      // The renderer reads the workspace once at load; a fresh page is the simplest full switch.
      mainWindow.webContents.reload()
      void refreshChrome()
    },
  })
  const actions = menuActions(files, mainWindow)
  // Still in the same turn as loadURL: the page cannot call before the handlers are in place.
  registerIpc(
    service,
    { 'reports/saveDialog': createExportSave(service, mainWindow), ...fileHandlers(files) },
    paths.indexUrl,
  )
  await refreshChrome()
  return { window: mainWindow, actions, service }
}

main()
