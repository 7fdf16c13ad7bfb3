/**
 * Main's end of the workspace service's utility process: a Dispatcher like the service itself, so
 * IPC, the menu and the dialogs call it the same way. Requests go out with ids and come back in
 * any order; the process asks main to print PDF pages (electronPdf) and gets the bytes back.
 * If the process dies, every pending and later request is answered with an `internal` error
 * saying so — nothing waits forever.
 */
import { utilityProcess } from 'electron'
import type { Envelope } from '../../shared/api'
import type { PdfRenderer } from '../export/exportWorkspace'
import { describeFailure } from '../service/exports/exportFailure'
import type { Dispatcher } from '../common/dispatcher'
import { failure } from '../common/envelope'
import {
  isFromService,
  type FromService,
  type ServiceStart,
  type ToService,
} from '../serviceProcess/protocol'

/** The part of Electron's UtilityProcess used here (tests pass a fake). */
export interface ServiceChild {
  postMessage(message: ToService): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  kill(): boolean
}

export interface ServiceProcessHooks {
  /** Prints a report page: electronPdf in the app. */
  renderPdf: PdfRenderer
  /** The process stopped without being asked to; `message` says so for people. */
  onCrash?: (message: string) => void
  /** How long `close` waits for the file to be released before killing the process. */
  closeTimeoutMs?: number
}

export class ServiceProcess implements Dispatcher {
  private nextId = 1
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>()
  private readonly printing = new Map<number, AbortController>()
  /** Why requests can no longer be answered; null while the process runs. */
  private stopped: string | null = null
  private closing = false
  private readonly exited: Promise<void>
  private markExited = () => {}

  constructor(
    private readonly child: ServiceChild,
    options: ServiceStart,
    private readonly hooks: ServiceProcessHooks,
  ) {
    this.exited = new Promise((resolve) => (this.markExited = resolve))
    child.on('message', (message) => {
      if (isFromService(message)) this.receive(message)
    })
    child.on('exit', (code) => this.onExit(code))
    this.send({ type: 'start', options })
  }

  dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    if (this.stopped !== null) return Promise.resolve(failure('internal', this.stopped))
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      if (!this.send({ type: 'request', id, channel, payload })) {
        this.pending.delete(id)
        resolve(failure('internal', 'The request could not be passed to the workspace service'))
      }
    })
  }

  /** Asks the process to close the workspace and exit; kills it if it has not after a while. */
  close(): Promise<void> {
    if (this.stopped !== null) return this.exited
    this.closing = true
    this.send({ type: 'close' })
    const timer = setTimeout(() => this.child.kill(), this.hooks.closeTimeoutMs ?? 10_000)
    return this.exited.finally(() => clearTimeout(timer))
  }

  private send(message: ToService): boolean {
    try {
      this.child.postMessage(message)
      return true
    } catch {
      return false
    }
  }

  private receive(message: FromService): void {
    switch (message.type) {
      case 'response': {
        const resolve = this.pending.get(message.id)
        this.pending.delete(message.id)
        resolve?.(message.envelope)
        return
      }
      case 'render-pdf':
        this.print(message.id, message.html)
        return
      case 'cancel-pdf':
        this.printing
          .get(message.id)
          ?.abort(new DOMException('The export was cancelled', 'AbortError'))
        this.printing.delete(message.id)
    }
  }

  private print(id: number, html: string): void {
    const controller = new AbortController()
    this.printing.set(id, controller)
    this.hooks.renderPdf(html, controller.signal).then(
      (bytes) => {
        if (this.printing.delete(id)) this.send({ type: 'pdf', id, bytes })
      },
      (error: unknown) => {
        if (this.printing.delete(id)) {
          this.send({ type: 'pdf-failed', id, failure: describeFailure(error) })
        }
      },
    )
  }

  private onExit(code: number): void {
    const message = this.closing
      ? 'The workspace service has closed'
      : `The workspace service stopped unexpectedly (exit code ${code}). Changes saved before ` +
        'this are in the file; restart AI Margin Planner to go on.'
    this.stopped = message
    for (const resolve of this.pending.values()) resolve(failure('internal', message))
    this.pending.clear()
    for (const controller of this.printing.values()) controller.abort()
    this.printing.clear()
    this.markExited()
    if (!this.closing) this.hooks.onCrash?.(message)
  }
}

/** Starts the bundled service (appPaths().serviceProcess) in an Electron utility process. */
export function startServiceProcess(
  modulePath: string,
  options: ServiceStart,
  hooks: ServiceProcessHooks,
): ServiceProcess {
  const child = utilityProcess.fork(modulePath, [], {
    serviceName: 'AI Margin Planner workspace service',
    stdio: 'inherit',
  })
  return new ServiceProcess(child, options, hooks)
}
