/**
 * The export under way, kept outside the Reports view so it carries on (and its file is still
 * delivered) when the person moves to another view and back.
 */
import { create } from 'zustand'
import type { ExportJobStatus } from '../../../../shared/api'
import type { Problem } from '../../../../shared/model/types'
import type { ExportRequest } from '../../../../shared/report/exportRequest'
import { useWorkspace } from '../../store/workspaceStore'
import { api } from '../../transport/api'
import { ApiFailure } from '../../transport/apiFailure'
import { deliverExport, type Delivered } from './deliverExport'

/** How often a running job is asked how far it got. */
const pollMs = 200

export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; jobId: string | null; stage: string; fraction: number }
  | { kind: 'delivered'; file: Delivered }
  /** Done, but the person closed the save dialog: the job waits to be saved again. */
  | { kind: 'unsaved'; jobId: string; fileName: string }
  | { kind: 'failed'; message: string; problems: Problem[] }
  | { kind: 'cancelled' }

interface ExportJobState {
  phase: ExportPhase
  start(request: ExportRequest): Promise<void>
  /** Asks again where to save the job whose save dialog was closed. */
  saveAgain(): Promise<void>
  cancel(): void
}

/** Resolves with the saved revision once no edit is on its way to the service. */
function savedRevision(): Promise<number> {
  return new Promise((resolve) => {
    const settled = () => useWorkspace.getState().saveStatus !== 'saving'
    if (settled()) {
      resolve(useWorkspace.getState().revision)
      return
    }
    const unsubscribe = useWorkspace.subscribe(() => {
      if (!settled()) return
      unsubscribe()
      resolve(useWorkspace.getState().revision)
    })
  })
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function failed(error: unknown): ExportPhase {
  if (error instanceof ApiFailure) {
    return { kind: 'failed', message: error.message, problems: error.problems }
  }
  return {
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    problems: [],
  }
}

export const useExportJob = create<ExportJobState>()((set, get) => {
  /** Bumped by every start and cancel: a loop of an older run stops at its next step. */
  let generation = 0

  const running = (jobId: string | null, stage: string, fraction: number) =>
    set({ phase: { kind: 'running', jobId, stage, fraction } })

  async function untilFinished(jobId: string, run: number): Promise<ExportJobStatus | null> {
    for (;;) {
      const status = await api.call('reports/status', { jobId })
      if (run !== generation) return null
      if (status.state !== 'running') return status
      running(jobId, status.stage, status.fraction)
      await wait(pollMs)
      if (run !== generation) return null
    }
  }

  async function deliver(jobId: string, fileName: string, run: number): Promise<void> {
    const file = await deliverExport(jobId)
    if (run !== generation) return
    set({ phase: file ? { kind: 'delivered', file } : { kind: 'unsaved', jobId, fileName } })
  }

  return {
    phase: { kind: 'idle' },

    async start(request) {
      generation += 1
      const run = generation
      running(null, 'Saving your last edits', 0)
      try {
        const revision = await savedRevision()
        if (run !== generation) return
        running(null, 'Starting', 0)
        const { jobId } = await api.call('reports/start', { ...request, revision })
        if (run !== generation) {
          // Cancelled while the job was being started.
          void api.call('reports/cancel', { jobId }).catch(() => undefined)
          return
        }
        running(jobId, 'Starting', 0)
        const status = await untilFinished(jobId, run)
        if (status === null) return
        if (status.state === 'done') {
          await deliver(jobId, status.fileName ?? '', run)
        } else if (status.error) {
          set({ phase: failed(new ApiFailure(status.error)) })
        } else {
          set({ phase: { kind: 'cancelled' } })
        }
      } catch (error) {
        if (run === generation) set({ phase: failed(error) })
      }
    },

    async saveAgain() {
      const { phase } = get()
      if (phase.kind !== 'unsaved') return
      const run = generation
      try {
        await deliver(phase.jobId, phase.fileName, run)
      } catch (error) {
        if (run === generation) set({ phase: failed(error) })
      }
    },

    cancel() {
      const { phase } = get()
      if (phase.kind !== 'running') return
      generation += 1
      if (phase.jobId !== null) {
        void api.call('reports/cancel', { jobId: phase.jobId }).catch(() => undefined)
      }
      set({ phase: { kind: 'cancelled' } })
    },
  }
})
