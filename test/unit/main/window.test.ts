import { app } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, windowTitle } from '../../../electron/main/window'
import { FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const paths = {
  preload: '/app/dist/electron/preload.cjs',
  indexUrl: 'app://app/index.html',
}

function openWindow(): FakeBrowserWindow {
  createMainWindow(paths)
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

/** The fake app's isPackaged is writable; Electron's type says read-only. */
const setPackaged = (packaged: boolean) => {
  ;(app as { isPackaged: boolean }).isPackaged = packaged
}

afterEach(() => setPackaged(false))

describe('the main window', () => {
  it('runs the renderer isolated, sandboxed, without Node, with web security and our preload', () => {
    const window = openWindow()
    expect(window.options.webPreferences).toMatchObject({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
  })

  it('loads the page from app://, never from a file', () => {
    const window = openWindow()
    expect(window.loadURL).toHaveBeenCalledWith('app://app/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('has DevTools in development only', () => {
    expect(openWindow().options.webPreferences).toMatchObject({ devTools: true })
    setPackaged(true)
    expect(openWindow().options.webPreferences).toMatchObject({ devTools: false })
  })

  it('blocks every navigation away from the app', () => {
    const window = openWindow()
    const event = window.webContents.emit('will-navigate', 'https://example.com/')
    expect(event.defaultPrevented).toBe(true)
  })

  it('denies every new window', () => {
    const window = openWindow()
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    })
  })

  it('keeps the title main gives it rather than the page title', () => {
    const window = openWindow()
    expect(window.emit('page-title-updated', 'AI Margin Planner').defaultPrevented).toBe(true)
    expect(windowTitle('/home/ana/Plans/Q3 review.marginplan')).toBe(
      'Q3 review.marginplan — AI Margin Planner',
    )
  })
})
