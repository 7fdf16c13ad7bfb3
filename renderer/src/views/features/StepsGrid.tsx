import { useMemo } from 'react'
import type { FeatureResult, StepResult } from '../../../../shared/engine/results'
import { formatCallMoney } from '../../../../shared/report/format'
import { monthName } from '../../../../shared/report/labels'
import { useViewDoc } from '../../store/hooks'
import type { Feature, Step } from '../../../../shared/model/types'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { asNumber, fieldColumns } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import type { ExplainRequest } from '../../../../shared/engine/explain'
import { EXPLAIN_HINT } from '../../explain/useCellExplain'
import { newIdentity } from '../../ids'
import { asJson } from '../../json'
import { pickIntoWorkspace } from '../../catalog/pickIntoWorkspace'
import { paths } from '../../../../shared/model/paths/build'

interface StepRow {
  featureId: string
  step: Step
  /** The engine's costs of the step this month; undefined while none can be computed. */
  cost: StepResult | undefined
}

const field = fieldColumns<StepRow, Step>(
  (row) => row.step,
  (row) => paths.step(row.featureId, row.step.id),
  'step',
)

function explainStep(row: StepRow, field: 'callCost' | 'costPerUnit'): ExplainRequest | null {
  if (row.cost === undefined) return null
  return { of: 'step', featureId: row.featureId, stepId: row.step.id, field }
}

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
      // A call can cost a fraction of a thousandth of a cent: "$0.0000008" must fit whole.
      width: 104,
      value: (row) => row.cost?.callCost,
      format: (value) => formatCallMoney(asNumber(value)),
      headerTooltip:
        `What one call costs on average across the step's model mix, at the prices in force in ` +
        `${firstMonth} (before retries, the response cache and calls per unit). ${EXPLAIN_HINT}`,
      explain: (row) => explainStep(row, 'callCost'),
    },
    {
      id: 'costPerUnit',
      label: 'Cost / unit',
      unit: '$',
      kind: 'money',
      width: 104,
      value: (row) => row.cost?.costPerUnit,
      // Like a call, a step's part of a unit can be far below a cent: shown to 3 digits there.
      format: (value) => formatCallMoney(asNumber(value)),
      headerTooltip:
        `What the step adds to one unit in ${firstMonth}: calls per unit × (1 + retries) × cost ` +
        `per call × (1 − response cache hits), at the steps' own token counts. ${EXPLAIN_HINT}`,
      explain: (row) => explainStep(row, 'costPerUnit'),
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
        path: paths.steps(feature.id),
        value: asJson({ ...step, mix: [{ modelId, sharePct: 100 }] }),
      },
    ],
  )
  if (added !== null) onSelect(step.id)
}

interface StepsGridProps {
  feature: Feature
  result: FeatureResult | undefined
  modelIds: string[]
  selected: Step | undefined
  onSelect(stepId: string): void
}

export function StepsGrid({ feature, result, modelIds, selected, onSelect }: StepsGridProps) {
  const viewDoc = useViewDoc()
  const firstMonth = viewDoc === null ? 'the first month' : monthName(viewDoc, 0)
  const columns = useMemo(() => stepColumns(firstMonth), [firstMonth])
  const rows = useMemo(() => {
    const costs = new Map(result?.steps.map((cost) => [cost.id, cost]))
    return feature.steps.map((step) => ({ featureId: feature.id, step, cost: costs.get(step.id) }))
  }, [feature.id, feature.steps, result])
  return (
    <CollectionPanel
      title="Steps"
      gridTitle={`Steps of ${feature.name}`}
      hint="One row per kind of LLM call made for each unit; tokens are per call."
      collection={{
        noun: 'step',
        path: paths.steps(feature.id),
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
      focusScope={feature.id}
      rows={rows}
      entityOf={stepOf}
      columns={columns}
      autoHeight
      emptyText="No steps: add the LLM calls this feature makes per unit."
    />
  )
}
