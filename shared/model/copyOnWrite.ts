/**
 * Writes into a document without changing it: the first write below an object or array copies it
 * (shallowly) and every later write reuses that copy, so one batch of changes clones only the
 * containers along the written paths and everything else stays shared with the original.
 */
export type PathKey = string | number

type Container = Record<PathKey, unknown>

export class CopyOnWriteDraft<T extends object> {
  private readonly copies = new Set<object>()
  private current: T

  constructor(original: T) {
    this.current = original
  }

  /** The original until the first write, then the copy holding every write so far. */
  get root(): T {
    return this.current
  }

  /** Sets the value at `keys`, creating missing objects on the way (e.g. an absent map). */
  set(keys: readonly PathKey[], value: unknown): void {
    let container = this.own(this.current as Container)
    this.current = container as T
    const last = keys.length - 1
    for (let i = 0; i < last; i++) {
      const key = keys[i] as PathKey
      const child = container[key]
      const ownChild =
        typeof child === 'object' && child !== null ? this.own(child as Container) : this.own({})
      container[key] = ownChild
      container = ownChild
    }
    container[keys[last] as PathKey] = value
  }

  private own(value: Container): Container {
    if (this.copies.has(value)) return value
    const copy = (Array.isArray(value) ? value.slice() : { ...value }) as Container
    this.copies.add(copy)
    return copy
  }
}
