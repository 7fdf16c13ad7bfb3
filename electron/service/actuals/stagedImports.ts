/**
 * Imports on their way in: the renderer sends an import's aggregates in parts and the commit
 * writes them in one transaction, so a cancelled or failed upload leaves the file untouched.
 */
import { randomUUID } from 'node:crypto'
import type { Aggregated } from '../../../shared/actuals/aggregate'
import type { UsageFormat } from '../../../shared/actuals/types'
import { WorkspaceError } from '../../db/workspaceError'

export interface StagedImport extends Aggregated {
  format: UsageFormat
  fileName: string
  /** The workspace file the parts were read against: the commit must write into that one. */
  workspacePath: string
}

/** More parts than any real log gives: a stage past it is a runaway client, not an import. */
const MAX_STAGED_ROWS = 5_000_000
/** One import per window at a time; an abandoned one goes when the next starts. */
const MAX_STAGES = 2

export class StagedImports {
  private readonly stages = new Map<string, StagedImport>()

  /** Adds a part to the stage `stageId` names, or opens a new stage; returns its id. */
  add(stageId: string | undefined, part: StagedImport): string {
    if (stageId === undefined) {
      if (this.stages.size >= MAX_STAGES) this.stages.delete(this.stages.keys().next().value!)
      const id = randomUUID()
      this.stages.set(id, { ...part })
      return id
    }
    const stage = this.require(stageId)
    if (
      stage.format !== part.format ||
      stage.fileName !== part.fileName ||
      stage.workspacePath !== part.workspacePath
    ) {
      throw new WorkspaceError('bad-request', 'A part of another import was sent to this one')
    }
    const rows = stage.aggregates.length + stage.samples.length + stage.unmatched.length
    if (rows > MAX_STAGED_ROWS) {
      this.stages.delete(stageId)
      throw new WorkspaceError('bad-request', 'The import is larger than the app accepts')
    }
    stage.aggregates.push(...part.aggregates)
    stage.samples.push(...part.samples)
    stage.unmatched.push(...part.unmatched)
    return stageId
  }

  /** The stage, removed: a commit or a discard ends it. */
  take(stageId: string): StagedImport {
    const stage = this.require(stageId)
    this.stages.delete(stageId)
    return stage
  }

  discard(stageId: string): void {
    this.stages.delete(stageId)
  }

  private require(stageId: string): StagedImport {
    const stage = this.stages.get(stageId)
    if (!stage) {
      throw new WorkspaceError(
        'bad-request',
        'This import is no longer waiting to be saved (it was cancelled or replaced): import the file again',
      )
    }
    return stage
  }
}
