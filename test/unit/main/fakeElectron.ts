/**
 * A stand-in for the `electron` module (its binary cannot run here): just enough of app,
 * BrowserWindow, ipcMain, the preload's bridge, dialogs and menus for main's wiring to be
 * observed. Tests load it through `vi.mock('electron', …)`.
 */
import { vi } from 'vitest'

type Listener = (...args: never[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  })
  once = this.on

  /** Calls the listeners as Electron would, returning the event object they received. */
  emit(event: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const eventObject = { defaultPrevented: false, preventDefault() {} }
    eventObject.preventDefault = () => {
      eventObject.defaultPrevented = true
    }
    for (const listener of this.listeners.get(event) ?? []) {
      ;(listener as (...a: unknown[]) => unknown)(eventObject, ...args)
    }
    return eventObject
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler
  })
  reload = vi.fn()
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loadFile = vi.fn(async (_file: string) => undefined)
  loadURL = vi.fn(async (_url: string) => undefined)
  setTitle = vi.fn()
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = vi.fn(() => false)

  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
}

/** A session's permission and protocol hooks, kept so tests can call what main installed. */
export function fakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    protocol: { handle: vi.fn() },
  }
}

export function createFakeElectron() {
  FakeBrowserWindow.instances = []
  const partitions = new Map<string, ReturnType<typeof fakeSession>>()
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getAppPath: vi.fn(() => '/app'),
    getPath: vi.fn((name: string) => `/user/${name}`),
    addRecentDocument: vi.fn(),
    isPackaged: false,
  })
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'from main' })) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showErrorBox: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      defaultSession: fakeSession(),
      fromPartition: vi.fn((partition: string) => {
        const session = partitions.get(partition) ?? fakeSession()
        partitions.set(partition, session)
        return session
      }),
    },
    utilityProcess: { fork: vi.fn() },
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
