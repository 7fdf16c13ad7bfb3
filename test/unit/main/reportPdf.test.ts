import { existsSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronPdf } from '../../../electron/main/reportPdf'
import { readyExpression } from '../../../electron/export/pdf/readySignal'
import { FakeBrowserWindow } from './fakeElectron'

/** What the fake window does when loaded, asked for the ready signal, and printed. */
const page = vi.hoisted(() => ({
  load: (): Promise<void> => Promise.resolve(),
  ready: { ready: '1', error: null as string | null },
  loadedHtml: '',
  loadedFile: '',
}))

vi.mock('electron', async () => {
  const fake = await import('./fakeElectron')
  class PrintingWindow extends fake.FakeBrowserWindow {
    destroyed = false
    destroy = vi.fn(() => {
      this.destroyed = true
    })
    isDestroyed = vi.fn(() => this.destroyed)
    override loadFile = vi.fn(async (file: string) => {
      page.loadedFile = file
      page.loadedHtml = readFileSync(file, 'utf8')
      await page.load()
      return undefined
    })
    constructor(options: Record<string, unknown>) {
      super(options)
      Object.assign(this.webContents, {
        executeJavaScript: vi.fn(async () => page.ready),
        printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
      })
    }
  }
  return { ...fake.createFakeElectron(), BrowserWindow: PrintingWindow }
})

interface PrintingWindow extends FakeBrowserWindow {
  destroy: ReturnType<typeof vi.fn>
  isDestroyed: () => boolean
  webContents: FakeBrowserWindow['webContents'] & {
    executeJavaScript: ReturnType<typeof vi.fn>
    printToPDF: ReturnType<typeof vi.fn>
  }
}

const lastWindow = () => FakeBrowserWindow.instances.at(-1) as PrintingWindow | undefined

const html = '<!doctype html><body>report</body>'

beforeEach(() => {
  FakeBrowserWindow.instances = []
  page.load = () => Promise.resolve()
  page.ready = { ready: '1', error: null }
  page.loadedFile = ''
})

describe('electronPdf', () => {
  it('prints the page from a temporary file in a hidden sandboxed window without Node', async () => {
    const bytes = await electronPdf(html)

    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake')
    const window = lastWindow()
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: true,
      },
    })
    expect(page.loadedHtml).toBe(html)
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        landscape: true,
        pageSize: 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
      }),
    )
    expect(window?.isDestroyed()).toBe(true)
    expect(existsSync(dirname(page.loadedFile))).toBe(false)
  })

  it('prints only after the page says its charts are drawn', async () => {
    await electronPdf(html)
    const contents = lastWindow()?.webContents
    expect(contents?.executeJavaScript).toHaveBeenCalledWith(readyExpression, true)
    const asked = contents?.executeJavaScript.mock.invocationCallOrder[0] ?? Infinity
    const printed = contents?.printToPDF.mock.invocationCallOrder[0] ?? -Infinity
    expect(asked).toBeLessThan(printed)
  })

  it('fails with the page’s error when a chart could not be drawn, and prints nothing', async () => {
    page.ready = { ready: 'error', error: 'Plotly is not defined' }
    await expect(electronPdf(html)).rejects.toThrow(
      /could not draw its charts: Plotly is not defined/,
    )
    expect(lastWindow()?.webContents.printToPDF).not.toHaveBeenCalled()
    expect(lastWindow()?.isDestroyed()).toBe(true)
    expect(existsSync(dirname(page.loadedFile))).toBe(false)
  })

  it('stops when aborted mid-load: the window is destroyed and the temporary file removed', async () => {
    const controller = new AbortController()
    page.load = () => {
      controller.abort()
      return new Promise<void>(() => undefined)
    }
    await expect(electronPdf(html, controller.signal)).rejects.toMatchObject({ name: 'AbortError' })
    expect(lastWindow()?.isDestroyed()).toBe(true)
    expect(existsSync(dirname(page.loadedFile))).toBe(false)
  })

  it('opens no window when already aborted', async () => {
    await expect(electronPdf(html, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })
})
