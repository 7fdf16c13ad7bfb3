import { useMemo } from 'react'
import type { Feature, Step } from '../../../../shared/model/types'
import { collectionActions } from '../../grids/collectionActions'
import { EditableGrid } from '../../grids/EditableGrid'
import { useEditError } from '../../grids/editErrorStore'
import { fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { GridToolbar } from '../../grids/GridToolbar'
import { slugify, uniqueId, uniqueName } from '../../ids'

interface StepRow {
  featureId: string
  step: Step
}

const field = fieldColumns<StepRow, Step>(
  (row) => row.step,
  (row) => `features/${row.featureId}/steps/${row.step.id}`,
  'step',
)

const tokens = { unit: 'tokens', optional: true, width: 86 } as const
/** "Reasoning" is the longest word in these headers: it must fit on its line whole. */
const reasoningTokens = { ...tokens, width: 96 } as const

const stepColumns: GridColumn<StepRow>[] = [
  field('name', 'Step', 'text', { pinned: true, width: 160 }),
  field('callsPerUnit', 'Calls / unit', 'number', { optional: true, width: 84 }),
  field('inputTokens', 'Input', 'number', { ...tokens, optional: false }),
  field('outputTokens', 'Output', 'number', { ...tokens, optional: false }),
  field('reasoningTokens', 'Reasoning', 'number', reasoningTokens),
  field('callsPerUnitP95', 'P95 calls / unit', 'number', { optional: true, width: 96 }),
  field('inputTokensP95', 'P95 input', 'number', tokens),
  field('outputTokensP95', 'P95 output', 'number', tokens),
  field('reasoningTokensP95', 'P95 reasoning', 'number', reasoningTokens),
  field('cachedPrefixTokens', 'Cached prefix', 'number', tokens),
  field('prefixReuse', 'Prefix reuse', 'number', {
    unit: 'calls / write',
    optional: true,
    width: 96,
    headerTooltip: 'Calls served per prompt-cache write (at least 1)',
  }),
  field('batchSharePct', 'Batch', 'percent', {
    unit: '%',
    optional: true,
    width: 72,
    headerTooltip: 'Share of calls sent through a batch API',
  }),
]

const rowId = (row: StepRow) => row.step.id
const rowName = (row: StepRow) => row.step.name

interface StepsGridProps {
  feature: Feature
  modelIds: string[]
  selected: Step | undefined
  onSelect(stepId: string): void
}

export function StepsGrid({ feature, modelIds, selected, onSelect }: StepsGridProps) {
  const rows = useMemo(
    () => feature.steps.map((step) => ({ featureId: feature.id, step })),
    [feature.id, feature.steps],
  )
  return (
    <section className="panel" aria-label="Steps">
      <GridToolbar
        title="Steps"
        hint="One row per kind of LLM call made for each unit; tokens are per call."
        actions={collectionActions({
          noun: 'step',
          path: `features/${feature.id}/steps`,
          items: feature.steps,
          selected,
          create: () => {
            const first = modelIds[0]
            if (first === undefined) return 'Add a model first: every step routes its calls to one.'
            const name = uniqueName(
              'New step',
              feature.steps.map((s) => s.name),
            )
            const id = uniqueId(
              slugify(name),
              feature.steps.map((s) => s.id),
            )
            return {
              id,
              name,
              callsPerUnit: 1,
              inputTokens: 0,
              outputTokens: 0,
              mix: [{ modelId: first, sharePct: 100 }],
            }
          },
          onSelect,
          onRefused: (reason) => useEditError.getState().show('grid-steps', reason),
        })}
      />
      <EditableGrid
        gridId="grid-steps"
        title={`Steps of ${feature.name}`}
        rows={rows}
        rowId={rowId}
        rowName={rowName}
        columns={stepColumns}
        onRowFocused={(row) => onSelect(row.step.id)}
        autoHeight
        emptyText="No steps: add the LLM calls this feature makes per unit."
      />
    </section>
  )
}
