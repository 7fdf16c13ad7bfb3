import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'

const repoRoot = resolve(import.meta.dirname, '../..')

export interface RunningHost {
  /** The page URL including its `#token=…`. */
  url: string
  origin: string
  token: string
  dataDir: string
  /** The workspace file the host opened on first start (the demo copy). */
  stop(): Promise<void>
}

/**
 * Starts the built web host (`dist/host/main.mjs`, as `npm run web` does after building) on a free
 * loopback port with a fresh data folder, so each test starts from the demo workspace.
 */
export async function startWebHost(
  extraArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'amp-e2e-'))
  const child = spawn(
    process.execPath,
    ['dist/host/main.mjs', '--port', '0', '--no-open', '--data-dir', dataDir, ...extraArgs],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  )
  const url = await firstLine(child)
  const parsed = new URL(url)
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? ''
  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    async stop() {
      await stopChild(child)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const timer = setTimeout(() => reject(new Error('web host printed no URL within 15 s')), 15_000)
    lines.once('line', (line) => {
      clearTimeout(timer)
      resolveLine(line.trim())
    })
    child.once('exit', (code) => reject(new Error(`web host exited early with code ${code}`)))
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}
