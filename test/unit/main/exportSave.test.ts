import { dialog, type BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Envelope, ExportJobStatus } from '../../../shared/api'
import { createExportSave } from '../../../electron/main/exportSave'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const window = {} as BrowserWindow

const done: ExportJobStatus = {
  jobId: 'j1',
  state: 'done',
  format: 'pptx',
  stage: 'Done',
  fraction: 1,
  fileName: 'support-baseline-2026-03.pptx',
}

/** A service whose `reports/status` answers `status` and whose `reports/save` succeeds. */
function serviceWith(status: ExportJobStatus) {
  return {
    dispatch: vi.fn(async (channel: unknown, payload: unknown): Promise<Envelope<unknown>> => {
      if (channel === 'reports/status') return { ok: true, value: status }
      if (channel === 'reports/save') {
        return { ok: true, value: { path: (payload as { path: string }).path } }
      }
      throw new Error(`unexpected ${String(channel)}`)
    }),
  }
}

beforeEach(() => {
  vi.mocked(dialog.showSaveDialog).mockReset()
})

describe('saving a finished export from the desktop app', () => {
  it("suggests the job's file name in Documents, filtered by format, and saves where chosen", async () => {
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({
      canceled: false,
      filePath: '/home/ana/board/q3-deck',
    })
    const service = serviceWith(done)
    const reply = await createExportSave(service, window)({ jobId: 'j1' })

    expect(vi.mocked(dialog.showSaveDialog).mock.calls[0]).toEqual([
      window,
      {
        title: 'Save export',
        defaultPath: '/user/documents/support-baseline-2026-03.pptx',
        filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }],
      },
    ])
    // A Linux dialog leaves the extension off; the file still gets it.
    expect(service.dispatch).toHaveBeenLastCalledWith('reports/save', {
      jobId: 'j1',
      path: '/home/ana/board/q3-deck.pptx',
    })
    expect(reply).toEqual({ ok: true, value: { path: '/home/ana/board/q3-deck.pptx' } })
  })

  it('writes nothing when the dialog is cancelled', async () => {
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: '' })
    const service = serviceWith({ ...done, format: 'csv', fileName: 'features.csv' })
    const reply = await createExportSave(service, window)({ jobId: 'j1' })
    expect(reply).toEqual({ ok: true, value: { path: null } })
    expect(service.dispatch).not.toHaveBeenCalledWith('reports/save', expect.anything())
  })

  it.each(['running', 'failed', 'cancelled'] as const)(
    'refuses a %s job without opening a dialog',
    async (state) => {
      const service = serviceWith({ ...done, state, fileName: undefined })
      const reply = await createExportSave(service, window)({ jobId: 'j1' })
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: `The export is ${state}: there is no file to save` },
      })
      expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    },
  )

  it("passes on the service's answer for a job it does not know", async () => {
    const gone = {
      ok: false as const,
      error: { code: 'not-found' as const, message: 'No export j9', problems: [] },
    }
    const service = { dispatch: vi.fn(async () => gone) }
    expect(await createExportSave(service, window)({ jobId: 'j9' })).toEqual(gone)
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})
