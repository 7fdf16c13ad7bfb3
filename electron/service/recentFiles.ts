import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Log } from './log'

const MAX_RECENT = 10

/**
 * The workspace files opened lately, most recent first, kept in `<dataDir>/recent.json`.
 * The list is a convenience, not data: a damaged one reads as empty and a failed write is only
 * logged, never the reason an open fails.
 */
export class RecentFiles {
  constructor(
    private readonly file: string,
    private readonly log: Log,
  ) {}

  /** The remembered files that still exist. */
  list(): string[] {
    return this.read().filter((path) => existsSync(path))
  }

  remember(path: string): void {
    const absolute = resolve(path)
    const paths = [absolute, ...this.list().filter((other) => other !== absolute)]
    try {
      mkdirSync(dirname(this.file), { recursive: true })
      writeFileSync(
        this.file,
        `${JSON.stringify({ paths: paths.slice(0, MAX_RECENT) }, null, 2)}\n`,
      )
    } catch (error) {
      this.log(`Could not update the recent files list ${this.file}`, error)
    }
  }

  private read(): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      const paths = (parsed as { paths?: unknown } | null)?.paths
      return Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : []
    } catch {
      return []
    }
  }
}
