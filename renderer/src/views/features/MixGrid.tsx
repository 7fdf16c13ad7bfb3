import { useCallback, useMemo, useState } from 'react'
import type { Feature, MixEntry, Model, Step } from '../../../../shared/model/types'
import { EditableGrid } from '../../grids/EditableGrid'
import { useEditError } from '../../grids/editErrorStore'
import type { GridColumn } from '../../grids/gridColumn'
import { GridToolbar } from '../../grids/GridToolbar'
import { useCommitCells, type CommitCells } from '../../grids/useCommitCells'
import { asJson } from '../../json'
import { pickIntoWorkspace } from '../../catalog/pickIntoWorkspace'
import { useInScenario } from '../../store/hooks'
import { commitModelEdits } from '../../grids/rowActions'
import { addedByScenario } from '../../store/scenarioOverrides'
import { useWorkspace } from '../../store/workspaceStore'
import { entityOptions } from '../enumOptions'
import { useColumnsOf } from '../../grids/useColumnsOf'
import {
  addModel,
  describeTotal,
  isComplete,
  mixTotal,
  removeEntry,
  setModel,
  setShare,
} from './mixDraft'
import { childPath, lastSegment, parentPath, paths } from '../../../../shared/model/paths/build'

interface MixRow {
  index: number
  entry: MixEntry
  /** Set on the pinned total row. */
  total?: string
}

const GRID_ID = 'grid-mix'

function mixColumns(models: readonly Model[], mixPath: string): GridColumn<MixRow>[] {
  return [
    {
      id: 'modelId',
      label: 'Model',
      kind: 'enum',
      options: entityOptions(models),
      flex: 1,
      minWidth: 190,
      value: (row) => (row.total === undefined ? row.entry.modelId : 'Total'),
      path: (row) => childPath(childPath(mixPath, row.entry.modelId), 'modelId'),
    },
    {
      id: 'sharePct',
      label: 'Share',
      unit: '%',
      kind: 'percent',
      width: 96,
      value: (row) => row.entry.sharePct,
      path: (row) => childPath(childPath(mixPath, row.entry.modelId), 'sharePct'),
      cellClass: (row) =>
        row.total === undefined ? undefined : row.total === 'ok' ? 'mix-total-ok' : 'mix-total-off',
    },
  ]
}

/** Applies typed shares and model choices to the draft mix; each change names its entry by model. */
function applyToMix(mix: MixEntry[], changes: { path: string; value: unknown }[]): MixEntry[] {
  return changes.reduce((current, change) => {
    const [modelId, field] = [lastSegment(parentPath(change.path)), lastSegment(change.path)]
    const index = current.findIndex((entry) => entry.modelId === modelId)
    if (index < 0) return current
    if (field === 'sharePct' && typeof change.value === 'number')
      return setShare(current, index, change.value)
    if (field === 'modelId' && typeof change.value === 'string')
      return setModel(current, index, change.value)
    return current
  }, mix)
}

/**
 * Routes the step to a catalog model: with 100% of its calls when the mix is empty, else with a 0%
 * share to set next (the mix still sums to 100%). The model comes in with the mix, in one batch.
 */
function routeToCatalogModel(mixPath: string, mix: readonly MixEntry[], stepName: string) {
  return pickIntoWorkspace(
    { title: `Route “${stepName}” to a model`, confirmLabel: 'Route to this model' },
    (name) => `Route ${stepName} to ${name}`,
    (modelId) => {
      if (mix.some((entry) => entry.modelId === modelId)) return []
      const next =
        mix.length === 0 ? [{ modelId, sharePct: 100 }] : [...mix, { modelId, sharePct: 0 }]
      return [{ op: 'set', path: mixPath, value: asJson(next) }]
    },
  )
}

interface MixGridProps {
  feature: Feature
  step: Step
  models: readonly Model[]
}

/**
 * A step's routing across models. On the baseline the mix is held as a draft until its shares sum
 * to 100, then committed whole; in a scenario each share is an override (the others rescale),
 * except in a step the scenario added: that step is the scenario's own, edited as on the baseline.
 */
export function MixGrid({ feature, step, models }: MixGridProps) {
  const addedHere = useWorkspace(
    (state) =>
      state.doc !== null &&
      state.activeScenarioId !== null &&
      addedByScenario(state.doc, state.activeScenarioId, paths.step(feature.id, step.id)),
  )
  const inScenario = useInScenario() && !addedHere
  const mixPath = paths.mix(feature.id, step.id)
  const [draft, setDraft] = useState<{ path: string; mix: MixEntry[] } | null>(null)
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null)
  const mix = !inScenario && draft?.path === mixPath ? draft.mix : step.mix
  const pending = mix !== step.mix

  const saveMix = useCallback(
    (next: MixEntry[], label: string) => {
      if (!isComplete(next)) {
        setDraft({ path: mixPath, mix: next })
        return true
      }
      const saved = commitModelEdits(label, [{ op: 'set', path: mixPath, value: asJson(next) }])
      if (saved) setDraft(null)
      else setDraft({ path: mixPath, mix: next })
      return saved
    },
    [mixPath],
  )

  const overrideCommit = useCommitCells(GRID_ID)
  const draftCommit: CommitCells = useCallback(
    (label, changes) => {
      useEditError.getState().clear()
      return saveMix(applyToMix(mix, changes), `${label} (mix of ${step.name})`)
    },
    [mix, saveMix, step.name],
  )

  const columns = useColumnsOf(models, () => mixColumns(models, mixPath), { also: mixPath })
  const rows = useMemo(() => mix.map((entry, index): MixRow => ({ index, entry })), [mix])
  const footer = useMemo(
    () => [
      {
        index: -1,
        entry: { modelId: '', sharePct: mixTotal(mix) },
        total: isComplete(mix) ? 'ok' : 'off',
      },
    ],
    [mix],
  )

  const lock = inScenario
    ? 'Switch to Baseline (or add the step in this scenario) to add or remove models in a mix'
    : undefined
  return (
    <section className="panel" aria-label="Model mix">
      <GridToolbar title={`Model mix · ${step.name}`}>
        {/* One group: in a narrow pane the buttons move under the title together. */}
        <span className="toolbar-buttons">
          <button
            type="button"
            disabled={inScenario}
            title={lock ?? 'Route part of this step to another model of the workspace'}
            onClick={() => {
              const next = addModel(
                mix,
                models.map((m) => m.id),
              )
              if (next === null)
                useEditError.getState().show(GRID_ID, 'Every model is already in this mix')
              else saveMix(next, `Add a model to ${step.name}`)
            }}
          >
            + Add model
          </button>
          <button
            type="button"
            disabled={inScenario || pending}
            title={
              lock ??
              (pending
                ? 'Finish the mix (shares summing to 100%) first'
                : 'Route part of this step to a model of the price catalog')
            }
            onClick={() => void routeToCatalogModel(mixPath, mix, step.name)}
          >
            From catalog…
          </button>
          <button
            type="button"
            disabled={inScenario || focusedIndex === null || mix.length < 2}
            title={lock ?? 'Remove the focused model from the mix'}
            onClick={() => {
              if (focusedIndex !== null)
                saveMix(removeEntry(mix, focusedIndex), `Remove a model from ${step.name}`)
            }}
          >
            Remove
          </button>
          {pending && (
            <button type="button" onClick={() => setDraft(null)} title="Discard the unsaved mix">
              Revert
            </button>
          )}
        </span>
      </GridToolbar>
      <EditableGrid
        gridId={GRID_ID}
        focusScope={`${feature.id}/${step.id}`}
        title={`Model mix of ${step.name}`}
        rows={rows}
        rowId={(row) => (row.total === undefined ? String(row.index) : 'total')}
        rowName={(row) => models.find((m) => m.id === row.entry.modelId)?.name ?? row.entry.modelId}
        columns={columns}
        footerRows={footer}
        commitCells={inScenario ? overrideCommit : draftCommit}
        onRowFocused={(row) => setFocusedIndex(row.index)}
        autoHeight
        emptyText="No models: add one to route this step's calls."
      />
      <p
        className={isComplete(mix) ? 'mix-status' : 'mix-status hint-warning'}
        data-testid="mix-status"
      >
        {describeTotal(mix)}
        {pending && ': the mix is saved once its shares sum to 100%'}
      </p>
    </section>
  )
}
