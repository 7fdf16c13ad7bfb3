/**
 * What the service stored, read outside the page: the exported document, the open file, the
 * file's bytes on disk, and the CLI's answer for that file.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import type { EditAck, WorkspaceSnapshot } from '../../../shared/api'
import type { ComputeResult } from '../../../shared/engine/results'
import type { Edit } from '../../../shared/model/editTypes'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { callApi } from '../api'
import type { RunningHost } from '../webHost'

const repoRoot = resolve(import.meta.dirname, '../../..')
const run = promisify(execFile)

/** The demo workspace every fresh host opens (resources/demo-workspace.json). */
export function demoWorkspace(): WorkspaceDoc {
  return JSON.parse(
    readFileSync(resolve(repoRoot, 'resources', 'demo-workspace.json'), 'utf8'),
  ) as WorkspaceDoc
}

export async function exportedDoc(host: RunningHost): Promise<WorkspaceDoc> {
  return (await callApi(host, 'workspace/exportJson', {})).doc
}

export function currentWorkspace(host: RunningHost): Promise<WorkspaceSnapshot> {
  return callApi(host, 'workspace/current', {})
}

/** Edits made outside the page (another window, or the CLI), on the current revision. */
export async function applyOutside(
  host: RunningHost,
  label: string,
  edits: Edit[],
): Promise<EditAck> {
  const { revision } = await currentWorkspace(host)
  return callApi(host, 'edits/apply', { revision, label, edits })
}

/** A digest of the workspace file and its write-ahead log: equal digests, nothing was written. */
export function workspaceFileDigest(path: string): string {
  const hash = createHash('sha256')
  for (const file of [path, `${path}-wal`]) {
    hash.update(file)
    hash.update(existsSync(file) ? readFileSync(file) : Buffer.alloc(0))
  }
  return hash.digest('hex')
}

/** `margin compute <file>` as a person runs it from the repository (DESIGN.md §5). */
export async function cliCompute(file: string): Promise<ComputeResult> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'compute', file],
    { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
  )
  return JSON.parse(stdout) as ComputeResult
}
