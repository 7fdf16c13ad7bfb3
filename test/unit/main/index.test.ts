import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from './fakeElectron'

/**
 * The service's utility process, faked: it opens whatever it is asked to, except files named
 * broken.marginplan (not a workspace), and held.marginplan for editing (another process edits
 * it). Like the real service, it opens a held file it is started on read-only.
 */
const service = vi.hoisted(() => {
  const failure = (code: string, message: string) => ({
    ok: false,
    error: { code, message, problems: [] },
  })
  const state = {
    started: [] as { modulePath: string; options: Record<string, unknown> }[],
    closed: 0,
    current: '/data/Demo workspace.marginplan',
    dispatch: async (channel: string, payload: unknown): Promise<unknown> => {
      const { path, access } = payload as { path?: string; access?: string }
      const snapshot = (file: string) => ({ ok: true, value: { path: file, doc: {}, revision: 0 } })
      if (channel === 'workspace/recent') return { ok: true, value: { paths: [state.current] } }
      if (channel === 'workspace/open' && path) {
        if (path.endsWith('held.marginplan') && access === 'edit') {
          return failure('locked', 'held.marginplan is open for editing in another window')
        }
        state.current = path
        return snapshot(path)
      }
      if (state.current.endsWith('broken.marginplan')) return failure('io', 'not a workspace')
      return snapshot(state.current)
    },
  }
  return state
})

vi.mock('../../../electron/main/serviceProcess', () => ({
  startServiceProcess: vi.fn((modulePath: string, options: { initialFile?: string }) => {
    service.started.push({ modulePath, options })
    service.current = options.initialFile ?? '/data/Demo workspace.marginplan'
    return {
      dispatch: vi.fn(service.dispatch),
      close: vi.fn(async () => {
        service.closed += 1
      }),
    }
  }),
}))

/** Runs main's module top to bottom, as Electron does, against a fresh fake `electron`. */
async function launch(configure: (electron: FakeElectron) => void = () => {}) {
  vi.resetModules()
  const electron = createFakeElectron()
  configure(electron)
  vi.doMock('electron', () => electron)
  await import('../../../electron/main/index')
  return electron
}

/** Resolves app.whenReady only when the test says so. */
function readyLater(electron: FakeElectron): () => void {
  let ready = () => {}
  electron.app.whenReady.mockReturnValue(new Promise<void>((resolve) => (ready = resolve)))
  return () => ready()
}

/** A packaged app finds its resources at process.resourcesPath, which only Electron sets. */
async function withResourcesPath<T>(run: () => Promise<T>): Promise<T> {
  const resourcesPath = Object.getOwnPropertyDescriptor(process, 'resourcesPath')
  Object.defineProperty(process, 'resourcesPath', {
    value: '/opt/amp/resources',
    configurable: true,
  })
  try {
    return await run()
  } finally {
    if (resourcesPath) Object.defineProperty(process, 'resourcesPath', resourcesPath)
    else Reflect.deleteProperty(process, 'resourcesPath')
  }
}

beforeEach(() => {
  service.started = []
  service.closed = 0
})

describe('the main process', () => {
  it('starts the service in its utility process, with the repository’s resources in development', async () => {
    await launch()
    await vi.waitFor(() => expect(service.started).toHaveLength(1))
    expect(service.started[0]).toMatchObject({
      modulePath: '/app/dist/electron/serviceProcess.cjs',
      options: {
        resourcesDir: '/app/resources',
        demoPath: '/app/resources/demo-workspace.json',
        exportWorker: '/app/dist/electron/exportWorker.cjs',
        dataDir: '/user/userData',
      },
    })
  })

  it('gives the service the package’s resources when packaged', async () => {
    await withResourcesPath(async () => {
      await launch((e) => {
        e.app.isPackaged = true
      })
      await vi.waitFor(() => expect(service.started).toHaveLength(1))
    })
    expect(service.started[0]?.options).toMatchObject({
      resourcesDir: '/opt/amp/resources',
      demoPath: '/opt/amp/resources/demo-workspace.json',
    })
  })

  it('registers app:// before ready, serves it in the default session and loads the page from it', async () => {
    let ready = () => {}
    const electron = await launch((e) => (ready = readyLater(e)))
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    ready()
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    expect(electron.session.defaultSession.protocol.handle).toHaveBeenCalledWith(
      'app',
      expect.any(Function),
    )
    expect(electron.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith(
      'app://app/index.html',
    )
  })

  it('installs permission handlers on the app’s session and on the PDF window’s', async () => {
    const electron = await launch()
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled()
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    const report = electron.session.fromPartition('report-pdf')
    expect(report.setPermissionCheckHandler).toHaveBeenCalled()
    expect(report.setPermissionRequestHandler).toHaveBeenCalled()
  })

  it('asks for the single-instance lock and quits without a window when another instance has it', async () => {
    const electron = await launch((e) => e.app.requestSingleInstanceLock.mockReturnValue(false))
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.instances).toHaveLength(0)
  })

  it('opens a second instance’s workspace in the first window and focuses it', async () => {
    const electron = await launch()
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled())
    const [window] = electron.BrowserWindow.instances
    expect(window?.setTitle).toHaveBeenLastCalledWith(
      'Demo workspace.marginplan — AI Margin Planner',
    )

    electron.app.emit('second-instance', ['/opt/amp/app', 'plans/Q3.marginplan'], '/home/ana')

    expect(window?.focus).toHaveBeenCalled()
    await vi.waitFor(() =>
      expect(window?.setTitle).toHaveBeenLastCalledWith('Q3.marginplan — AI Margin Planner'),
    )
    expect(service.current).toBe('/home/ana/plans/Q3.marginplan')
    expect(window?.webContents.reload).toHaveBeenCalledTimes(1)
  })

  it('starts on a file macOS hands over before the app is ready', async () => {
    let ready = () => {}
    const electron = await launch((e) => (ready = readyLater(e)))
    const event = electron.app.emit('open-file', '/Users/ana/Board.marginplan')
    expect(event.defaultPrevented).toBe(true)
    ready()
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    expect(service.started).toMatchObject([
      { options: { initialFile: '/Users/ana/Board.marginplan' } },
    ])
  })

  it('reports a workspace that will not open and starts on the usual one instead', async () => {
    let ready = () => {}
    const electron = await launch((e) => (ready = readyLater(e)))
    electron.app.emit('open-file', '/tmp/broken.marginplan')
    ready()
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Could not open broken.marginplan',
      'not a workspace',
    )
    expect(service.started.map((started) => started.options.initialFile)).toEqual([
      '/tmp/broken.marginplan',
      undefined,
    ])
    expect(service.closed).toBe(1)
  })

  it('starts on a file held elsewhere without an error, as the service opens it read-only', async () => {
    let ready = () => {}
    const electron = await launch((e) => (ready = readyLater(e)))
    electron.app.emit('open-file', '/Users/ana/held.marginplan')
    ready()
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled())
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(service.started.map((started) => started.options.initialFile)).toEqual([
      '/Users/ana/held.marginplan',
    ])
    expect(service.current).toBe('/Users/ana/held.marginplan')
  })

  it('asks read-only or take over when a second instance hands over a file held elsewhere', async () => {
    const electron = await launch((e) => {
      e.dialog.showMessageBox.mockResolvedValue({ response: 0 })
    })
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled())
    electron.app.emit('second-instance', ['/opt/amp/app', '/Users/ana/held.marginplan'], '/')
    await vi.waitFor(() => expect(service.current).toBe('/Users/ana/held.marginplan'))
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      electron.BrowserWindow.instances[0],
      expect.objectContaining({ buttons: ['Open read-only', 'Take over editing', 'Cancel'] }),
    )
    expect(service.started).toHaveLength(1)
  })

  it('closes the service before quitting, so the file is released', async () => {
    const electron = await launch()
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled())
    const quitting = electron.app.emit('will-quit')
    expect(quitting.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    expect(service.closed).toBe(1)
    // The second round of quitting goes through.
    expect(electron.app.emit('will-quit').defaultPrevented).toBe(false)
  })

  it('offers DevTools in the menu in development only', async () => {
    const roles = async (packaged: boolean) => {
      const electron = await withResourcesPath(async () => {
        const launched = await launch((e) => {
          e.app.isPackaged = packaged
        })
        await vi.waitFor(() => expect(launched.Menu.setApplicationMenu).toHaveBeenCalled())
        return launched
      })
      const menu = electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as {
        label?: string
        submenu?: { role?: string }[]
      }[]
      return menu.find((item) => item.label === '&View')?.submenu?.map((item) => item.role)
    }
    expect(await roles(false)).toContain('toggleDevTools')
    expect(await roles(true)).not.toContain('toggleDevTools')
  })
})
