/**
 * The renderer's single source of truth: the open workspace, the active scenario, the engine's
 * result for it, undo/redo across the whole workspace and the save status.
 *
 * Edits are optimistic: a commit is checked locally (applyEdits + validateDocument), shown at once,
 * then sent to the service in order; a refused send rolls the document and the history back.
 */
import { create } from 'zustand'
import type { WorkspaceAccess, WorkspaceSnapshot } from '../../../shared/api'
import type { Edit } from '../../../shared/model/editTypes'
import { applyEdits } from '../../../shared/model/edits'
import type { Problem, WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { api } from '../transport/api'
import { ApiFailure, describeError } from '../transport/apiFailure'
import { scenarioView, type ScenarioView } from './derived'
import { describeProblems } from '../problems'
import { readComparisons, writeComparisons } from './rememberedComparisons'
import { windowStore } from './rememberedPerFile'
import { readPlace, writePlace } from './rememberedPlace'
import {
  afterRedo,
  afterUndo,
  emptyHistory,
  nextRedo,
  nextUndo,
  recordChange,
  type History,
} from './history'

export type SaveStatus = 'loading' | 'saved' | 'saving' | 'error'

export interface Notice {
  kind: 'error' | 'info'
  text: string
}

export type CommitOutcome = { ok: true } | { ok: false; problems: Problem[] }

export interface WorkspaceState {
  /** The file of the open workspace; null until the first snapshot arrives. */
  path: string | null
  /** The document as the person sees it: the service's copy plus edits still on their way. */
  doc: WorkspaceDoc | null
  /** The revision the service last confirmed. */
  revision: number
  /** Whether this window may save the workspace; read-only says why (the banner shows it). */
  access: WorkspaceAccess
  activeScenarioId: string | null
  /** The engine's result and the displayed values for the active scenario; null with no workspace. */
  view: ScenarioView | null
  /** Scenarios drawn as extra forecast lines and compared side by side. */
  comparisonIds: string[]
  history: History
  saveStatus: SaveStatus
  notice: Notice | null

  /** Checks `edits` locally; if the document stays valid, shows them at once and saves them. */
  commit(label: string, edits: Edit[]): CommitOutcome
  undo(): void
  redo(): void
  /** Replaces the workspace (open, create, import…); history starts afresh. */
  adopt(snapshot: WorkspaceSnapshot): void
  /**
   * Catches up with the file when another window saved it (or it moved away) and nothing of this
   * window's is on its way: shows what the file holds now and says so.
   */
  syncWithFile(): Promise<void>
  setActiveScenario(id: string | null): void
  setComparisons(ids: string[]): void
  notify(notice: Notice | null): void
}

interface Confirmed {
  doc: WorkspaceDoc | null
  revision: number
}

function sameAccess(a: WorkspaceAccess, b: WorkspaceAccess): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Refusals after which the page's copy is behind the file: it reloads the service's. */
const reloadingCodes = new Set(['conflict', 'file-moved', 'read-only'])

export const useWorkspace = create<WorkspaceState>()((set, get) => {
  /** The service's last word; rollbacks return here. */
  let confirmed: Confirmed = { doc: null, revision: 0 }
  /** Sends run one at a time so each carries the revision the previous one produced. */
  let queue: Promise<void> = Promise.resolve()
  let pending = 0
  /** Bumped by a rollback or a workspace switch: queued sends of an older generation are void. */
  let generation = 0

  function show(doc: WorkspaceDoc | null, scenarioId: string | null): Partial<WorkspaceState> {
    if (doc === null) return { doc, activeScenarioId: scenarioId, view: null }
    const ids = new Set(doc.scenarios.map((s) => s.id))
    const activeScenarioId = scenarioId !== null && ids.has(scenarioId) ? scenarioId : null
    // A deleted scenario leaves the comparison too: there is nothing left to evaluate. The same
    // array when none left, so the comparison is not evaluated again on every edit or switch.
    const before = get().comparisonIds
    const kept = before.filter((id) => ids.has(id))
    const comparisonIds = kept.length === before.length ? before : kept
    return { doc, activeScenarioId, comparisonIds, view: scenarioView(doc, activeScenarioId) }
  }

  function rollBack(historyBefore: History, error: unknown): void {
    generation += 1
    pending = 0
    set({
      ...show(confirmed.doc, get().activeScenarioId),
      history: historyBefore,
      saveStatus: 'error',
      notice: { kind: 'error', text: `Not saved: ${describeError(error)}` },
    })
    if (error instanceof ApiFailure && reloadingCodes.has(error.code)) void reloadAfter(error)
  }

  /**
   * The file changed under this window (another window saved, took it over, or moved it): the
   * service's copy is the truth, so the page shows it and says what happened to the change.
   */
  async function reloadAfter(refusal: ApiFailure): Promise<void> {
    try {
      get().adopt(await api.call('workspace/current', {}))
      const text =
        refusal.code === 'conflict'
          ? 'Not saved: the workspace was changed in another window, so it has been reloaded with those changes. Make your changes again.'
          : `Not saved: ${refusal.message}`
      get().notify({ kind: 'error', text })
    } catch (error) {
      get().notify({ kind: 'error', text: describeError(error) })
    }
  }

  function send(label: string, edits: Edit[], doc: WorkspaceDoc, historyBefore: History): void {
    const sentIn = generation
    pending += 1
    set({ saveStatus: 'saving' })
    queue = queue.then(async () => {
      if (sentIn !== generation) return
      try {
        const ack = await api.call('edits/apply', { revision: confirmed.revision, label, edits })
        if (sentIn !== generation) return
        // The service applied the same edits to the revision they were made on (it refuses any
        // other), so its copy is `doc`: the answer carries only the new revision.
        confirmed = { doc, revision: ack.revision }
        pending -= 1
        set(
          pending === 0
            ? { revision: ack.revision, saveStatus: 'saved' }
            : { revision: ack.revision },
        )
      } catch (error) {
        if (sentIn === generation) rollBack(historyBefore, error)
      }
    })
  }

  /** Applies edits locally and queues the save; `nextHistory` gets the edits that undo them. */
  function apply(
    label: string,
    edits: Edit[],
    nextHistory: (inverse: Edit[]) => History,
  ): CommitOutcome {
    const { doc, history, activeScenarioId, access } = get()
    if (doc === null)
      return { ok: false, problems: [{ path: 'workspace', message: 'No workspace is open.' }] }
    if (access.mode === 'read-only')
      return { ok: false, problems: [{ path: 'workspace', message: access.message }] }
    const applied = applyEdits(doc, edits)
    if (!applied.ok) return { ok: false, problems: applied.problems }
    const checked = validateDocument(applied.doc, { derivedFrom: doc })
    if (!checked.ok) return { ok: false, problems: checked.problems }
    set({
      ...show(applied.doc, activeScenarioId),
      history: nextHistory(applied.inverse),
      notice: null,
    })
    send(label, edits, applied.doc, history)
    return { ok: true }
  }

  function replay(direction: 'undo' | 'redo'): void {
    const { history } = get()
    const entry = direction === 'undo' ? nextUndo(history) : nextRedo(history)
    if (entry === undefined) return
    const edits = direction === 'undo' ? entry.backward : entry.forward
    const label = `${direction === 'undo' ? 'Undo' : 'Redo'} ${entry.label}`
    const outcome = apply(label, edits, (inverse) =>
      direction === 'undo' ? afterUndo(history, inverse) : afterRedo(history, inverse),
    )
    if (!outcome.ok) {
      const reason = describeProblems(outcome.problems, 3, get().doc)
      set({ notice: { kind: 'error', text: `Cannot ${label.toLowerCase()}: ${reason}` } })
    }
  }

  return {
    path: null,
    doc: null,
    revision: 0,
    access: { mode: 'edit' },
    activeScenarioId: null,
    comparisonIds: [],
    history: emptyHistory,
    saveStatus: 'loading',
    notice: null,
    view: null,

    commit: (label, edits) =>
      apply(label, edits, (inverse) =>
        recordChange(get().history, { label, forward: edits, backward: inverse }),
      ),
    undo: () => replay('undo'),
    redo: () => replay('redo'),

    adopt(snapshot) {
      generation += 1
      pending = 0
      // Sends still queued belong to the old generation and are skipped; none may hold up new ones.
      queue = Promise.resolve()
      confirmed = { doc: snapshot.doc, revision: snapshot.revision }
      const ids = new Set(snapshot.doc.scenarios.map((s) => s.id))
      // Another file (or the first one since the window opened) brings its remembered comparison
      // and scenario; one deleted since falls back to the baseline (show checks).
      const otherFile = snapshot.path !== get().path
      const remembered = otherFile ? readPlace(windowStore(), snapshot.path).scenarioId : undefined
      const scenarioId = remembered === undefined ? get().activeScenarioId : remembered
      set({
        ...show(snapshot.doc, scenarioId),
        ...(otherFile && { comparisonIds: readComparisons(windowStore(), snapshot.path, ids) }),
        path: snapshot.path,
        revision: snapshot.revision,
        access: snapshot.access,
        history: emptyHistory,
        saveStatus: 'saved',
      })
    },

    async syncWithFile() {
      const before = get()
      if (before.doc === null || before.saveStatus !== 'saved') return
      const status = await api.call('workspace/status', {})
      const changed = status.revision !== before.revision
      if (!changed && sameAccess(status.access, before.access)) return
      // An edit made while we asked is on its way: its own answer settles it (a conflict reloads).
      const editedMeanwhile = () => get().history !== before.history || get().saveStatus !== 'saved'
      if (editedMeanwhile()) return
      const snapshot = await api.call('workspace/current', {})
      if (editedMeanwhile()) return
      get().adopt(snapshot)
      if (changed) {
        get().notify({
          kind: 'info',
          text: 'Updated with the changes saved in another window.',
        })
      }
    },

    setActiveScenario(id) {
      set(show(get().doc, id))
      const { path, activeScenarioId } = get()
      if (path !== null) writePlace(windowStore(), path, { scenarioId: activeScenarioId })
    },
    setComparisons(ids) {
      set({ comparisonIds: ids })
      const { path } = get()
      if (path !== null) writeComparisons(windowStore(), path, ids)
    },
    notify: (notice) => set({ notice }),
  }
})
