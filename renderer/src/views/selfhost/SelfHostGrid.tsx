import type { Model, SelfHostOption, WorkspaceDoc } from '../../../../shared/model/types'
import { formatMoney } from '../../../../shared/report/format'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { fieldColumns } from '../../grids/fieldColumns'
import type { CellValue, GridColumn, ParsedCell } from '../../grids/gridColumn'
import { newIdentity } from '../../ids'
import { pickIntoWorkspace } from '../../catalog/pickIntoWorkspace'
import { useColumnsOf } from '../../grids/useColumnsOf'
import { paths } from '../../../../shared/model/paths/build'

const field = fieldColumns<SelfHostOption, SelfHostOption>(
  (option) => option,
  (option) => paths.selfHost(option.id),
  'selfHost',
)

const wholeDollars = (value: CellValue) => formatMoney(typeof value === 'number' ? value : null)

/** "GPT-4o, GPT-4o mini" (names or ids, comma-separated) → the models' ids. */
function parseModelList(models: readonly Model[]) {
  return (raw: string): ParsedCell => {
    const names = raw
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
    if (names.length === 0) return { ok: false, reason: 'name at least one model it replaces' }
    const ids: string[] = []
    for (const name of names) {
      const wanted = name.toLowerCase()
      const model = models.find(
        (m) => m.id.toLowerCase() === wanted || m.name.toLowerCase() === wanted,
      )
      if (model === undefined)
        return { ok: false, reason: `'${name}' is not a model of this workspace` }
      ids.push(model.id)
    }
    return { ok: true, value: ids }
  }
}

function selfHostColumns(models: readonly Model[]): GridColumn<SelfHostOption>[] {
  const nameOf = (id: string) => models.find((m) => m.id === id)?.name ?? id
  return [
    field('name', 'Option', 'text', { pinned: true, width: 230, wrap: true }),
    {
      id: 'replacesModelIds',
      label: 'Replaces',
      kind: 'text',
      width: 150,
      value: (option) => option.replacesModelIds.map(nameOf).join(', '),
      path: (option) => paths.selfHost(option.id, 'replacesModelIds'),
      parse: parseModelList(models),
      headerTooltip: 'The API models this option would serve instead, comma-separated',
    },
    field('gpuHourlyCost', 'GPU cost', 'money', { unit: '$/GPU-hour', width: 96 }),
    field('gpusPerReplica', 'GPUs / replica', 'integer', { width: 84 }),
    field('tokensPerSecondPerReplica', 'Throughput', 'number', {
      unit: 'tokens/s/replica',
      width: 112,
    }),
    field('targetUtilizationPct', 'Target utilisation', 'percent', { unit: '%', width: 96 }),
    field('opsOverheadPct', 'Ops overhead', 'percent', { unit: '%', optional: true, width: 88 }),
    field('fixedMonthlyCost', 'Fixed', 'money', {
      unit: '$/mo',
      optional: true,
      width: 96,
      format: wholeDollars,
    }),
    field('minReplicas', 'Min replicas', 'integer', { optional: true, width: 84 }),
    field('setupCost', 'Setup', 'money', {
      unit: '$',
      optional: true,
      width: 96,
      format: wholeDollars,
    }),
  ]
}

const optionOf = (option: SelfHostOption) => option

/** The option also serves a catalog model's traffic; the model comes in with it, in one batch. */
function replaceCatalogModel(option: SelfHostOption) {
  return pickIntoWorkspace(
    { title: `Models “${option.name}” replaces`, confirmLabel: 'Replace this model' },
    (name) => `${option.name} replaces ${name}`,
    (modelId) =>
      option.replacesModelIds.includes(modelId)
        ? []
        : [
            {
              op: 'set',
              path: paths.selfHost(option.id, 'replacesModelIds'),
              value: [...option.replacesModelIds, modelId],
            },
          ],
  )
}

interface SelfHostGridProps {
  doc: WorkspaceDoc
  selected: SelfHostOption | undefined
  onSelect(id: string): void
}

export function SelfHostGrid({ doc, selected, onSelect }: SelfHostGridProps) {
  const columns = useColumnsOf(doc.models, () => selfHostColumns(doc.models))
  return (
    <CollectionPanel
      title="Self-host options"
      hint="GPU replicas that would serve the named models' traffic; the charts compare them with the API."
      collection={{
        noun: 'option',
        path: 'selfHost',
        items: doc.selfHost,
        selected,
        create: () => {
          const firstApi = doc.models.find((m) => m.kind === 'api') ?? doc.models[0]
          if (firstApi === undefined) return 'Add a model first: an option replaces one.'
          const option: SelfHostOption = {
            ...newIdentity('New self-host option', doc.selfHost),
            replacesModelIds: [firstApi.id],
            gpuHourlyCost: 2.5,
            gpusPerReplica: 1,
            tokensPerSecondPerReplica: 1000,
            targetUtilizationPct: 60,
          }
          return option
        },
        onSelect,
      }}
      toolbar={
        <button
          type="button"
          disabled={selected === undefined}
          title={
            selected === undefined
              ? 'Select an option first'
              : `Add a catalog model to what “${selected.name}” replaces`
          }
          onClick={() => selected && void replaceCatalogModel(selected)}
        >
          Replace a catalog model…
        </button>
      }
      gridId="grid-selfhost"
      rows={doc.selfHost}
      entityOf={optionOf}
      columns={columns}
      autoHeight
      emptyText="No self-host options: add one to compare GPUs with API spend."
    />
  )
}
