/**
 * The Chrome DevTools Protocol over `--remote-debugging-pipe`: JSON messages, each ended by a NUL
 * byte, written to the browser's fd 3 and read from its fd 4. Just enough of a client to drive one
 * page: commands with replies, and waiting for one event.
 */
import type { Readable, Writable } from 'node:stream'

interface Reply {
  id?: number
  method?: string
  params?: Record<string, unknown>
  sessionId?: string
  result?: unknown
  error?: { message: string }
}

interface EventWaiter {
  matches: (message: Reply) => boolean
  resolve: () => void
  reject: (error: Error) => void
}

interface Pending {
  method: string
  resolve: (result: unknown) => void
  reject: (error: Error) => void
}

export class CdpPipe {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly eventWaiters = new Set<EventWaiter>()
  private chunks: Buffer[] = []
  private closedBy: Error | null = null

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk))
    // A browser killed mid-command resets its pipes: fail what waits rather than crash.
    const broken = (error: Error) =>
      this.close(new Error(`The browser pipe broke: ${error.message}`))
    fromBrowser.on('error', broken)
    toBrowser.on('error', broken)
  }

  /** A command's result; rejects with the browser's error message, or when the pipe closes. */
  send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closedBy) return Promise.reject(this.closedBy)
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (r: unknown) => void, reject })
      this.toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`)
    })
  }

  /** The next event `method` of `sessionId`: register before the command that causes it. */
  event(method: string, sessionId: string): Promise<void> {
    if (this.closedBy) return Promise.reject(this.closedBy)
    return new Promise<void>((resolve, reject) => {
      this.eventWaiters.add({
        matches: (message) => message.method === method && message.sessionId === sessionId,
        resolve,
        reject,
      })
    })
  }

  /** Fails every command still waiting (the browser exited, or the print was abandoned). */
  close(error: Error): void {
    this.closedBy ??= error
    for (const { reject } of this.pending.values()) reject(this.closedBy)
    this.pending.clear()
    for (const { reject } of this.eventWaiters) reject(this.closedBy)
    this.eventWaiters.clear()
  }

  private receive(chunk: Buffer): void {
    let start = 0
    let end = chunk.indexOf(0, start)
    while (end !== -1) {
      this.chunks.push(chunk.subarray(start, end))
      this.dispatch(Buffer.concat(this.chunks).toString('utf8'))
      this.chunks = []
      start = end + 1
      end = chunk.indexOf(0, start)
    }
    if (start < chunk.length) this.chunks.push(chunk.subarray(start))
  }

  private dispatch(text: string): void {
    const message = JSON.parse(text) as Reply
    if (message.id === undefined) {
      for (const waiter of this.eventWaiters) {
        if (!waiter.matches(message)) continue
        this.eventWaiters.delete(waiter)
        waiter.resolve()
      }
      return
    }
    const pending = this.pending.get(message.id)
    if (!pending) return
    this.pending.delete(message.id)
    if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`))
    else pending.resolve(message.result)
  }
}
