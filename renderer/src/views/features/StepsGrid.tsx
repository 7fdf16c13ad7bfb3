import { useMemo } from 'react'
import { modelPricesInForce } from '../../../../shared/engine/modelsAtMonth'
import { stepCallCost } from '../../../../shared/engine/stepCallCost'
import { formatCallMoney } from '../../../../shared/report/format'
import { monthName } from '../../../../shared/report/labels'
import { useViewDoc } from '../../store/hooks'
import type { Feature, Step } from '../../../../shared/model/types'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { newIdentity } from '../../ids'
import { asJson } from '../../json'
import { pickIntoWorkspace } from '../../catalog/pickIntoWorkspace'

interface StepRow {
  featureId: string
  step: Step
  /** Mean cost of one call across the mix at month 0's prices; null when they cannot be had. */
  callCost: number | null
}

const field = fieldColumns<StepRow, Step>(
  (row) => row.step,
  (row) => `features/${row.featureId}/steps/${row.step.id}`,
  'step',
)

const tokens = { unit: 'tokens', optional: true, width: 86 } as const
/** "Reasoning" is the longest word in these headers: it must fit on its line whole. */
const reasoningTokens = { ...tokens, width: 96 } as const

function stepColumns(firstMonth: string): GridColumn<StepRow>[] {
  return [
    field('name', 'Step', 'text', { pinned: true, width: 160 }),
    {
      id: 'callCost',
      label: 'Cost / call',
      unit: '$',
      kind: 'money',
      width: 92,
      value: (row) => row.callCost,
      format: (value) => formatCallMoney(typeof value === 'number' ? value : null),
      headerTooltip:
        `What one call costs on average across the step's model mix, at the prices in force in ` +
        `${firstMonth} (before retries, the response cache and calls per unit)`,
    },
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
}

const stepOf = (row: StepRow) => row.step

function newStep(feature: Feature, modelId: string): Step {
  return {
    ...newIdentity('New step', feature.steps),
    callsPerUnit: 1,
    inputTokens: 0,
    outputTokens: 0,
    mix: [{ modelId, sharePct: 100 }],
  }
}

async function addStepWithCatalogModel(feature: Feature, onSelect: (stepId: string) => void) {
  const step = newStep(feature, '')
  const added = await pickIntoWorkspace(
    { title: 'Choose the model this step calls', confirmLabel: 'Add step' },
    (name) => `Add a step calling ${name}`,
    (modelId) => [
      {
        op: 'insert',
        path: `features/${feature.id}/steps`,
        value: asJson({ ...step, mix: [{ modelId, sharePct: 100 }] }),
      },
    ],
  )
  if (added !== null) onSelect(step.id)
}

interface StepsGridProps {
  feature: Feature
  modelIds: string[]
  selected: Step | undefined
  onSelect(stepId: string): void
}

export function StepsGrid({ feature, modelIds, selected, onSelect }: StepsGridProps) {
  const viewDoc = useViewDoc()
  // Month 0's prices depend on the models and the start month only: a token edit (most edits
  // here) reuses them instead of pricing every model again.
  const models = viewDoc?.models
  const startMonth = viewDoc?.startMonth
  const prices = useMemo(
    () => (viewDoc === null ? null : modelPricesInForce(viewDoc, 0)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [models, startMonth],
  )
  const firstMonth = viewDoc === null ? 'the first month' : monthName(viewDoc, 0)
  const columns = useMemo(() => stepColumns(firstMonth), [firstMonth])
  const rows = useMemo(
    () =>
      feature.steps.map((step) => ({
        featureId: feature.id,
        step,
        callCost: prices === null ? null : stepCallCost(step, prices),
      })),
    [feature.id, feature.steps, prices],
  )
  return (
    <CollectionPanel
      title="Steps"
      gridTitle={`Steps of ${feature.name}`}
      hint="One row per kind of LLM call made for each unit; tokens are per call."
      collection={{
        noun: 'step',
        path: `features/${feature.id}/steps`,
        items: feature.steps,
        selected,
        create: () => {
          const first = modelIds[0]
          if (first !== undefined) return newStep(feature, first)
          // No model yet: every step routes its calls to one, so the step comes with the model
          // the person picks from the catalog.
          void addStepWithCatalogModel(feature, onSelect)
          return null
        },
        onSelect,
      }}
      gridId="grid-steps"
      rows={rows}
      entityOf={stepOf}
      columns={columns}
      autoHeight
      emptyText="No steps: add the LLM calls this feature makes per unit."
    />
  )
}
