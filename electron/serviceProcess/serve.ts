import type { Envelope } from '../../shared/api'
import type { PdfRenderer } from '../export/exportWorkspace'
import { ExportError } from '../service/exports/exportFailure'
import type { Dispatcher } from '../common/dispatcher'
import { failure } from '../common/envelope'
import { isToService, type FromService, type ServiceStart, type ToService } from './protocol'

/** The utility process's end of the channel to main (process.parentPort, or a test's fake). */
export interface ServicePort {
  post(message: FromService): void
  onMessage(listener: (message: unknown) => void): void
}

export interface ServedService extends Dispatcher {
  close(): Promise<void>
}

export type CreateService = (options: ServiceStart, renderPdf: PdfRenderer) => ServedService

/**
 * Answers main's requests with the service `create` makes on `start`, and prints PDF pages by
 * asking main. `exit` ends the process once `close` has released the workspace file.
 */
export function serveService(
  port: ServicePort,
  create: CreateService,
  exit: (code: number) => void,
): void {
  let service: ServedService | null = null
  let nextPdf = 1
  const printing = new Map<number, { resolve(bytes: Uint8Array): void; reject(e: Error): void }>()

  const renderPdf: PdfRenderer = (html, signal) =>
    new Promise<Uint8Array>((resolve, reject) => {
      signal?.throwIfAborted()
      const id = nextPdf++
      const onAbort = (): void => {
        if (!printing.delete(id)) return
        port.post({ type: 'cancel-pdf', id })
        reject(signal?.reason)
      }
      printing.set(id, {
        resolve: (bytes) => {
          signal?.removeEventListener('abort', onAbort)
          resolve(bytes)
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort)
          reject(error)
        },
      })
      signal?.addEventListener('abort', onAbort, { once: true })
      port.post({ type: 'render-pdf', id, html })
    })

  const answer = async (service: ServedService | null, channel: unknown, payload: unknown) => {
    if (service === null) return failure('internal', 'The workspace service has not started')
    try {
      return await service.dispatch(channel, payload)
    } catch (error) {
      // dispatch answers errors as envelopes; this is a last resort, not a path.
      return failure('internal', `The workspace service failed: ${(error as Error).message}`)
    }
  }

  const receive = (message: ToService): void => {
    switch (message.type) {
      case 'start':
        service ??= create(message.options, renderPdf)
        return
      case 'request':
        void answer(service, message.channel, message.payload).then((envelope: Envelope<unknown>) =>
          port.post({ type: 'response', id: message.id, envelope }),
        )
        return
      case 'pdf': {
        const waiting = printing.get(message.id)
        printing.delete(message.id)
        waiting?.resolve(message.bytes)
        return
      }
      case 'pdf-failed': {
        const waiting = printing.get(message.id)
        printing.delete(message.id)
        waiting?.reject(new ExportError(message.failure))
        return
      }
      case 'close':
        void (service?.close() ?? Promise.resolve()).then(
          () => exit(0),
          () => exit(1),
        )
    }
  }

  port.onMessage((message) => {
    if (isToService(message)) receive(message)
  })
}
