import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from './fakeElectron'

/** A workspace service that opens whatever it is asked to, except files named broken.marginplan. */
const service = vi.hoisted(() => {
  const state = {
    created: [] as { initialFile?: string; resourcesDir?: string; demoPath?: string }[],
    current: '/data/Demo workspace.marginplan',
    dispatch: async (channel: string, payload: unknown): Promise<unknown> => {
      const path = (payload as { path?: string }).path
      const snapshot = (file: string) => ({ ok: true, value: { path: file, doc: {}, revision: 0 } })
      if (channel === 'workspace/recent') return { ok: true, value: { paths: [state.current] } }
      if (channel === 'workspace/open' && path) {
        state.current = path
        return snapshot(path)
      }
      if (state.current.endsWith('broken.marginplan')) {
        return { ok: false, error: { code: 'io', message: 'not a workspace', problems: [] } }
      }
      return snapshot(state.current)
    },
  }
  return state
})

vi.mock('../../../electron/service', () => ({
  WorkspaceService: class {
    constructor(options: { initialFile?: string; resourcesDir?: string; demoPath?: string }) {
      service.created.push(options)
      if (options.initialFile) service.current = options.initialFile
      else service.current = '/data/Demo workspace.marginplan'
    }
    dispatch = vi.fn(service.dispatch)
  },
  workerRunner: vi.fn(),
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

beforeEach(() => {
  service.created = []
})

describe('the main process', () => {
  it('gives the service the repository’s resources in development, the package’s when packaged', async () => {
    await launch()
    await vi.waitFor(() => expect(service.created).toHaveLength(1))
    expect(service.created[0]).toMatchObject({
      resourcesDir: '/app/resources',
      demoPath: '/app/resources/demo-workspace.json',
    })

    service.created = []
    const resourcesPath = Object.getOwnPropertyDescriptor(process, 'resourcesPath')
    Object.defineProperty(process, 'resourcesPath', {
      value: '/opt/amp/resources',
      configurable: true,
    })
    try {
      await launch((e) => {
        e.app.isPackaged = true
      })
      await vi.waitFor(() => expect(service.created).toHaveLength(1))
      expect(service.created[0]).toMatchObject({
        resourcesDir: '/opt/amp/resources',
        demoPath: '/opt/amp/resources/demo-workspace.json',
      })
    } finally {
      if (resourcesPath) Object.defineProperty(process, 'resourcesPath', resourcesPath)
      else Reflect.deleteProperty(process, 'resourcesPath')
    }
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
    const electron = await launch((e) =>
      e.app.whenReady.mockReturnValue(new Promise<void>((resolve) => (ready = resolve))),
    )
    const event = electron.app.emit('open-file', '/Users/ana/Board.marginplan')
    expect(event.defaultPrevented).toBe(true)
    ready()
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    expect(service.created).toMatchObject([{ initialFile: '/Users/ana/Board.marginplan' }])
  })

  it('reports a workspace that will not open and starts on the usual one instead', async () => {
    let ready = () => {}
    const electron = await launch((e) =>
      e.app.whenReady.mockReturnValue(new Promise<void>((resolve) => (ready = resolve))),
    )
    electron.app.emit('open-file', '/tmp/broken.marginplan')
    ready()
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Could not open broken.marginplan',
      'not a workspace',
    )
    expect(service.created.map((options) => options.initialFile)).toEqual([
      '/tmp/broken.marginplan',
      undefined,
    ])
  })
})
