/**
 * Runs tasks one after another. Handlers await (backups, file creation), and an edit must not
 * interleave with, say, a switch to another file half-way through it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task)
    this.tail = result.catch(() => undefined)
    return result
  }
}
