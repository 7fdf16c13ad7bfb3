import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Envelope } from '../../../shared/api'
import { ServiceProcess, startServiceProcess } from '../../../electron/main/serviceProcess'
import type {
  FromService,
  ServiceStart,
  ToService,
} from '../../../electron/serviceProcess/protocol'
import { serveService, type ServedService } from '../../../electron/serviceProcess/serve'
import { utilityProcess } from 'electron'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const options: ServiceStart = {
  dataDir: '/user/userData',
  demoPath: '/app/resources/demo-workspace.json',
  resourcesDir: '/app/resources',
  exportWorker: '/app/dist/electron/exportWorker.cjs',
}

/** A utility process that records what main sends and lets the test answer or die. */
class FakeChild {
  readonly sent: ToService[] = []
  private readonly listeners = {
    message: [] as ((m: unknown) => void)[],
    exit: [] as ((c: number) => void)[],
  }
  postMessage = vi.fn((message: ToService) => {
    this.sent.push(structuredClone(message))
  })
  kill = vi.fn(() => {
    this.exit(15)
    return true
  })
  on(event: 'message' | 'exit', listener: (value: never) => void): this {
    this.listeners[event].push(listener as never)
    return this
  }
  reply(message: FromService): void {
    for (const listener of this.listeners.message) listener(structuredClone(message))
  }
  exit(code: number): void {
    for (const listener of this.listeners.exit) listener(code)
  }
  requests() {
    return this.sent.filter(
      (m): m is Extract<ToService, { type: 'request' }> => m.type === 'request',
    )
  }
}

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value })

function started(hooks: Partial<ConstructorParameters<typeof ServiceProcess>[2]> = {}) {
  const child = new FakeChild()
  const renderPdf = vi.fn(async () => new Uint8Array([37, 80, 68, 70]))
  const onCrash = vi.fn()
  const service = new ServiceProcess(child, options, { renderPdf, onCrash, ...hooks })
  return { child, service, renderPdf, onCrash }
}

afterEach(() => {
  vi.useRealTimers()
})

describe("main's dispatcher for the service's utility process", () => {
  it('is forked from the bundle and sent its options first', () => {
    const child = new FakeChild()
    vi.mocked(utilityProcess.fork).mockReturnValue(child as never)
    startServiceProcess('/app/dist/electron/serviceProcess.cjs', options, { renderPdf: vi.fn() })
    expect(utilityProcess.fork).toHaveBeenCalledWith(
      '/app/dist/electron/serviceProcess.cjs',
      [],
      expect.objectContaining({ serviceName: expect.any(String) }),
    )
    expect(child.sent[0]).toEqual({ type: 'start', options })
  })

  it('matches each response to its request by id, whatever order they come back in', async () => {
    const { child, service } = started()
    const current = service.dispatch('workspace/current', {})
    const recent = service.dispatch('workspace/recent', {})
    const [first, second] = child.requests()
    expect(first).toMatchObject({ channel: 'workspace/current', payload: {} })
    expect(second).toMatchObject({ channel: 'workspace/recent', payload: {} })
    expect(first?.id).not.toBe(second?.id)

    child.reply({ type: 'response', id: second?.id ?? -1, envelope: ok({ paths: ['/a'] }) })
    child.reply({ type: 'response', id: first?.id ?? -1, envelope: ok({ path: '/b' }) })
    expect(await current).toEqual(ok({ path: '/b' }))
    expect(await recent).toEqual(ok({ paths: ['/a'] }))
  })

  it('ignores a response nobody waits for and a message that is not of the protocol', async () => {
    const { child, service } = started()
    const pending = service.dispatch('workspace/current', {})
    child.reply({ type: 'response', id: 999, envelope: ok('stray') })
    child.reply({ type: 'nonsense' } as never)
    const id = child.requests()[0]?.id ?? -1
    child.reply({ type: 'response', id, envelope: ok('mine') })
    expect(await pending).toEqual(ok('mine'))
  })

  it('fails every pending request with `internal` when the process dies, and every later one', async () => {
    const { child, service, onCrash } = started()
    const pending = [
      service.dispatch('workspace/current', {}),
      service.dispatch('backups/list', {}),
    ]
    child.exit(134)
    for (const reply of await Promise.all(pending)) {
      expect(reply).toMatchObject({
        ok: false,
        error: {
          code: 'internal',
          message: expect.stringContaining('stopped unexpectedly (exit code 134)'),
        },
      })
    }
    expect(onCrash).toHaveBeenCalledWith(expect.stringContaining('exit code 134'))
    const later = await service.dispatch('workspace/current', {})
    expect(later).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(child.requests()).toHaveLength(2)
  })

  it('answers `internal` when a request cannot be posted', async () => {
    const { child, service } = started()
    child.postMessage.mockImplementationOnce(() => {
      throw new Error('could not be cloned')
    })
    expect(await service.dispatch('workspace/current', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
  })

  it('closes by asking the process to close, and resolves when it has exited, without a crash report', async () => {
    const { child, service, onCrash } = started()
    const closed = service.close()
    expect(child.sent.at(-1)).toEqual({ type: 'close' })
    child.exit(0)
    await closed
    expect(child.kill).not.toHaveBeenCalled()
    expect(onCrash).not.toHaveBeenCalled()
    expect(await service.dispatch('workspace/current', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'The workspace service has closed' },
    })
  })

  it('kills a process that does not exit after being asked to close', async () => {
    vi.useFakeTimers()
    const { child, service } = started({ closeTimeoutMs: 5_000 })
    const closed = service.close()
    await vi.advanceTimersByTimeAsync(4_999)
    expect(child.kill).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(child.kill).toHaveBeenCalledTimes(1)
    await closed
  })

  it('prints a report page the process asks for and sends back the bytes', async () => {
    const { child, renderPdf } = started()
    child.reply({ type: 'render-pdf', id: 1, html: '<p>report</p>' })
    await vi.waitFor(() => expect(child.sent.at(-1)).toMatchObject({ type: 'pdf', id: 1 }))
    expect(renderPdf).toHaveBeenCalledWith('<p>report</p>', expect.any(AbortSignal))
    expect(child.sent.at(-1)).toEqual({
      type: 'pdf',
      id: 1,
      bytes: new Uint8Array([37, 80, 68, 70]),
    })
  })

  it('sends a printing failure back as a message and stops printing on cancel-pdf', async () => {
    let signal: AbortSignal | undefined
    const renderPdf = vi.fn((html: string, given?: AbortSignal) => {
      signal = given
      return html === 'bad'
        ? Promise.reject(new Error('could not draw its charts'))
        : new Promise<Uint8Array>(() => undefined)
    })
    const { child } = started({ renderPdf })
    child.reply({ type: 'render-pdf', id: 1, html: 'bad' })
    await vi.waitFor(() =>
      expect(child.sent.at(-1)).toMatchObject({
        type: 'pdf-failed',
        id: 1,
        failure: { message: 'could not draw its charts' },
      }),
    )
    child.reply({ type: 'render-pdf', id: 2, html: 'slow' })
    child.reply({ type: 'cancel-pdf', id: 2 })
    expect(signal?.aborted).toBe(true)
  })
})

/** Main's dispatcher and the process's server, joined by an in-memory pair of ports. */
function joined(service: ServedService) {
  const child = new FakeChild()
  const toService: ((message: unknown) => void)[] = []
  const exit = vi.fn((code: number) => child.exit(code))
  child.postMessage.mockImplementation((message: ToService) => {
    const copy = structuredClone(message)
    queueMicrotask(() => toService.forEach((listener) => listener(copy)))
  })
  let renderer: ((html: string, signal?: AbortSignal) => Promise<Uint8Array>) | undefined
  const create = vi.fn((_options: ServiceStart, renderPdf: typeof renderer) => {
    renderer = renderPdf
    return service
  })
  serveService(
    {
      post: (message) => queueMicrotask(() => child.reply(message)),
      onMessage: (listener) => toService.push(listener),
    },
    create as never,
    exit,
  )
  const printed = vi.fn(async (html: string, _signal?: AbortSignal): Promise<Uint8Array> =>
    new TextEncoder().encode(`%PDF ${html}`),
  )
  const main = new ServiceProcess(child, options, { renderPdf: printed })
  return { main, child, create, exit, printed, renderPdf: () => renderer }
}

describe('the service process, served over its port', () => {
  it('creates the service from the start message and answers requests through it', async () => {
    const dispatch = vi.fn(async (channel: unknown) => ok(`answer to ${String(channel)}`))
    const { main, create } = joined({ dispatch, close: vi.fn(async () => {}) })
    expect(await main.dispatch('workspace/recent', {})).toEqual(ok('answer to workspace/recent'))
    expect(create).toHaveBeenCalledWith(options, expect.any(Function))
    expect(dispatch).toHaveBeenCalledWith('workspace/recent', {})
  })

  it('has main print the PDF: the bytes come back to the export that asked', async () => {
    const { main, printed, renderPdf } = joined({
      dispatch: vi.fn(async () => ok(null)),
      close: vi.fn(async () => {}),
    })
    await main.dispatch('workspace/current', {})
    const bytes = await renderPdf()?.('<p>Q3</p>')
    expect(new TextDecoder().decode(bytes)).toBe('%PDF <p>Q3</p>')
    expect(printed).toHaveBeenCalledWith('<p>Q3</p>', expect.any(AbortSignal))
  })

  it('rejects with the abort reason when the export is cancelled while main prints', async () => {
    const { main, printed, renderPdf } = joined({
      dispatch: vi.fn(async () => ok(null)),
      close: vi.fn(async () => {}),
    })
    let mainSignal: AbortSignal | undefined
    printed.mockImplementation((_html: string, signal?: AbortSignal) => {
      mainSignal = signal
      return new Promise<Uint8Array>(() => undefined)
    })
    await main.dispatch('workspace/current', {})
    const controller = new AbortController()
    const printing = renderPdf()?.('<p>Q3</p>', controller.signal)
    await vi.waitFor(() => expect(printed).toHaveBeenCalled())
    controller.abort(new Error('cancelled by the person'))
    await expect(printing).rejects.toThrow('cancelled by the person')
    await vi.waitFor(() => expect(mainSignal?.aborted).toBe(true))
  })

  it('closes the service (releasing the file) before the process exits', async () => {
    const order: string[] = []
    const close = vi.fn(async () => {
      order.push('service closed')
    })
    const { main, child, exit } = joined({ dispatch: vi.fn(async () => ok(null)), close })
    exit.mockImplementation((code: number) => {
      order.push('exit')
      child.exit(code)
    })
    await main.close()
    expect(exit).toHaveBeenCalledWith(0)
    expect(order).toEqual(['service closed', 'exit'])
  })
})
