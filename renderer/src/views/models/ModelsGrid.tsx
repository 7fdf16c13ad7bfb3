import { useMemo } from 'react'
import type { TierPrices } from '../../../../shared/engine/compiledDoc'
import {
  costPerThousandCalls,
  type ModelAtMonth,
  type SampleCall,
} from '../../../../shared/engine/modelsAtMonth'
import type { Model, WorkspaceDoc } from '../../../../shared/model/types'
import { formatNumber, formatUnitMoney } from '../../../../shared/report/format'
import { formatPriceFrom } from '../../../../shared/catalog/priceLabels'
import { CollectionPanel } from '../../grids/CollectionPanel'
import { computedColumn, fieldColumns } from '../../grids/fieldColumns'
import { addModel } from './addModel'
import type { GridColumn } from '../../grids/gridColumn'
import { paths } from '../../../../shared/model/paths/build'

interface ModelRow {
  model: Model
  /** The model in the chosen month; undefined while the month cannot be evaluated. */
  at: ModelAtMonth | undefined
  /** What 1,000 of the chosen calls cost at this month's prices. */
  costPerThousand: number | null
}

const field = fieldColumns<ModelRow, Model>(
  (row) => row.model,
  (row) => paths.model(row.model.id),
)

const identityColumns: GridColumn<ModelRow>[] = [
  field('name', 'Model', 'text', { pinned: true, flex: 1, minWidth: 160 }),
  field('provider', 'Provider', 'text', { width: 96 }),
  field('kind', 'Kind', 'enum', {
    options: [
      { value: 'api', label: 'API' },
      { value: 'self-hosted', label: 'Self-hosted' },
    ],
    width: 88,
  }),
]

const perMTok = (price: number) => `${formatUnitMoney(price)}/MTok`

/** Why a model has no breakeven, or what its breakeven means, in the prices it comes from. */
function breakevenTooltip(row: ModelRow): string | undefined {
  if (row.at === undefined) return undefined
  const { input, cacheRead, cacheWrite } = row.at.prices.base
  const reuse = row.at.cacheBreakevenReuse
  if (reuse === null) {
    const relation = cacheRead === input ? 'the same as' : 'more than'
    return `Caching never pays: a cache read (${perMTok(cacheRead)}) costs ${relation} sending the prefix as fresh input (${perMTok(input)}).`
  }
  return `Caching a prefix pays once more than ${formatNumber(reuse, 2)} calls share each cache write (write ${perMTok(cacheWrite)}, read ${perMTok(cacheRead)}, fresh input ${perMTok(input)}).`
}

/** The columns for one month and one sample call: their headers name both. */
function monthColumns(monthName: string, callLabel: string): GridColumn<ModelRow>[] {
  const group = `In force in ${monthName} · prices in $/MTok`
  const price = (id: string, label: string, pick: (tier: TierPrices) => number) =>
    computedColumn<ModelRow>(
      id,
      label,
      'money',
      (row) => (row.at ? pick(row.at.prices.base) : null),
      {
        width: 84,
        group,
        headerTooltip: `${label} price per million tokens in ${monthName}: the point in force then, with the workspace's annual price decline applied to API models`,
      },
    )
  return [
    computedColumn(
      'priceFrom',
      'From',
      'text',
      (row) => (row.at?.from == null ? null : formatPriceFrom(row.at.from)),
      {
        width: 124,
        group,
        headerTooltip: `The date the price point in force in ${monthName} applies from ("earliest known": the price source gives no start date)`,
      },
    ),
    price('inputNow', 'Input', (tier) => tier.input),
    price('outputNow', 'Output', (tier) => tier.output),
    price('cacheReadNow', 'Cache read', (tier) => tier.cacheRead),
    price('cacheWriteNow', 'Cache write', (tier) => tier.cacheWrite),
    computedColumn(
      'cacheBreakeven',
      'Cache breakeven reuse',
      'number',
      (row) => row.at?.cacheBreakevenReuse ?? null,
      {
        width: 100,
        format: (value) => (typeof value === 'number' ? `${formatNumber(value, 2)}×` : '—'),
        tooltip: breakevenTooltip,
        headerTooltip:
          'How many calls must share one cached prompt prefix before caching it is cheaper than resending it each time: the first call writes the cache at the cache-write price, the others read it at the cache-read price instead of the input price. “—”: a cache read is no cheaper than input, so caching never pays.',
      },
    ),
    computedColumn('costPer1k', 'Cost per 1,000 calls', 'money', (row) => row.costPerThousand, {
      unit: '$',
      width: 108,
      headerTooltip: `What 1,000 calls with the tokens of ${callLabel} cost on each model at ${monthName} prices (prompt caching and batch share as the step uses them)`,
    }),
  ]
}

const modelOf = (row: ModelRow) => row.model

interface ModelsGridProps {
  doc: WorkspaceDoc
  /** Each model in the chosen month, by id; null while the month cannot be evaluated. */
  atMonth: ReadonlyMap<string, ModelAtMonth> | null
  /** "Mar 2027". */
  monthName: string
  call: SampleCall
  /** Names the call in the cost column's header tooltip. */
  callLabel: string
  selected: Model | undefined
  onSelect(id: string): void
}

export function ModelsGrid(props: ModelsGridProps) {
  const { doc, atMonth, monthName, call, callLabel, selected, onSelect } = props
  const rows = useMemo(
    () =>
      doc.models.map((model): ModelRow => {
        const at = atMonth?.get(model.id)
        return {
          model,
          at,
          costPerThousand: at === undefined ? null : costPerThousandCalls(call, at.prices),
        }
      }),
    [doc.models, atMonth, call],
  )
  const columns = useMemo(
    () => [...identityColumns, ...monthColumns(monthName, callLabel)],
    [monthName, callLabel],
  )
  return (
    <CollectionPanel
      title="Models"
      hint="Select a model to see and edit its price history."
      collection={{
        noun: 'model',
        path: 'models',
        items: doc.models,
        selected,
        create: () => {
          void addModel(onSelect)
          return null
        },
        addsThroughPicker: true,
        onSelect,
      }}
      gridId="grid-models"
      rows={rows}
      entityOf={modelOf}
      columns={columns}
      emptyText="No models yet: add the LLMs your features call."
    />
  )
}

/** Any month and call give the same column groups: for sizing the list pane. */
export const modelColumns: GridColumn<ModelRow>[] = [...identityColumns, ...monthColumns('', '')]
