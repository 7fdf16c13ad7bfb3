import { useMemo } from 'react'
import type { LongContextPrices, Model, PricePoint } from '../../../../shared/model/types'
import { effectiveValueOf } from '../../../../shared/model/defaults'
import { useEditError } from '../../grids/editErrorStore'
import { fieldColumns } from '../../grids/fieldColumns'
import type { CellValue, GridColumn } from '../../grids/gridColumn'
import { GridPanel } from '../../grids/GridPanel'
import { commitOrExplain, deleteEntity } from '../../grids/rowActions'
import { useCommitCells, type ChangesToEdits } from '../../grids/useCommitCells'
import { asJson } from '../../json'
import { editsForCells } from '../../store/cellEdits'
import { todayIso } from '../../../../shared/today'

interface PriceRow {
  modelId: string
  index: number
  price: PricePoint
}

const GRID_ID = 'grid-prices'
const perMTok = { unit: '$/MTok', width: 104 } as const

const pricePath = (row: PriceRow) => `models/${row.modelId}/prices/${row.index}`
const field = fieldColumns<PriceRow, PricePoint>((row) => row.price, pricePath, 'price')

function longContextColumn(
  name: keyof LongContextPrices,
  label: string,
  unit: string,
): GridColumn<PriceRow> {
  const optional = name !== 'thresholdTokens'
  return {
    id: `longContext.${name}`,
    label,
    unit,
    kind: name === 'thresholdTokens' ? 'integer' : 'money',
    width: name === 'thresholdTokens' ? 124 : 112,
    optional: true,
    value: (row) => row.price.longContext?.[name] as CellValue,
    path: (row) => `${pricePath(row)}/longContext/${name}`,
    fallback: optional
      ? (row) =>
          row.price.longContext
            ? effectiveValueOf('longContext', row.price.longContext, name)
            : undefined
      : undefined,
    group: 'Long context (whole call, above the threshold)',
    headerTooltip: `${label}: applies to the whole call when its input exceeds the threshold`,
  }
}

const priceColumns: GridColumn<PriceRow>[] = [
  field('from', 'From', 'text', {
    pinned: true,
    width: 112,
    headerTooltip: 'Applies from this date (YYYY-MM-DD) until the next price point',
  }),
  field('inputPerMTok', 'Input', 'money', perMTok),
  field('outputPerMTok', 'Output', 'money', perMTok),
  field('cacheReadPerMTok', 'Cache read', 'money', { ...perMTok, optional: true }),
  field('cacheWritePerMTok', 'Cache write', 'money', { ...perMTok, optional: true }),
  field('reasoningPerMTok', 'Reasoning', 'money', { ...perMTok, optional: true }),
  field('batchDiscountPct', 'Batch discount', 'percent', { unit: '%', optional: true, width: 104 }),
  longContextColumn('thresholdTokens', 'Threshold', 'tokens'),
  longContextColumn('inputPerMTok', 'Long input', '$/MTok'),
  longContextColumn('outputPerMTok', 'Long output', '$/MTok'),
  longContextColumn('cacheReadPerMTok', 'Long cache read', '$/MTok'),
  longContextColumn('cacheWritePerMTok', 'Long cache write', '$/MTok'),
]

/**
 * Long-context prices are one optional object: the first value typed into a point without one
 * creates it (starting from the point's own prices), and blanking the threshold removes it.
 */
function longContextEdits(model: Model): ChangesToEdits {
  return (doc, scenarioId, changes) => {
    if (scenarioId !== null) return editsForCells(doc, scenarioId, changes)
    const plain = changes.filter((change) => !change.path.includes('/longContext/'))
    const result = editsForCells(doc, scenarioId, plain)
    if (!result.ok) return result
    for (const change of changes) {
      if (!change.path.includes('/longContext/')) continue
      const [pricesPath, fieldName = ''] = change.path.split('/longContext/')
      const index = Number(pricesPath?.split('/').pop())
      const price = model.prices[index]
      if (price === undefined) continue
      const objectPath = `${pricesPath}/longContext`
      if (fieldName === 'thresholdTokens' && change.value === null) {
        result.edits.push({ op: 'set', path: objectPath, value: null })
      } else if (price.longContext === undefined) {
        if (change.value === null) continue
        const created = {
          thresholdTokens: 0,
          inputPerMTok: price.inputPerMTok,
          outputPerMTok: price.outputPerMTok,
          [fieldName]: change.value,
        }
        result.edits.push({ op: 'set', path: objectPath, value: asJson(created) })
      } else {
        result.edits.push({ op: 'set', path: change.path, value: change.value })
      }
    }
    return result
  }
}

interface PricesGridProps {
  model: Model
  selectedIndex: number | undefined
  onSelect(index: number): void
}

export function PricesGrid({ model, selectedIndex, onSelect }: PricesGridProps) {
  const rows = useMemo(
    () => model.prices.map((price, index) => ({ modelId: model.id, index, price })),
    [model.id, model.prices],
  )
  const toEdits = useMemo(() => longContextEdits(model), [model])
  const commitCells = useCommitCells(GRID_ID, toEdits)
  const selected = selectedIndex === undefined ? undefined : model.prices[selectedIndex]
  const last = model.prices[model.prices.length - 1]
  return (
    <GridPanel
      title={`Price history · ${model.name}`}
      hint="Per million tokens; blank cache and reasoning prices follow the input and output prices."
      actions={{
        noun: 'price point',
        onAdd: () => {
          const point: PricePoint = last
            ? { ...structuredClone(last), from: todayIso() }
            : { from: todayIso(), inputPerMTok: 0, outputPerMTok: 0 }
          commitOrExplain(`Add a price point to ${model.name}`, [
            { op: 'insert', path: `models/${model.id}/prices`, value: asJson(point) },
          ])
        },
        onDuplicate:
          selected &&
          (() =>
            commitOrExplain(`Duplicate a price point of ${model.name}`, [
              {
                op: 'insert',
                path: `models/${model.id}/prices`,
                value: asJson(structuredClone(selected)),
                index: (selectedIndex ?? 0) + 1,
              },
            ])),
        onDelete:
          selected &&
          (() => {
            if (model.prices.length === 1) {
              useEditError.getState().show(GRID_ID, `${model.name} needs at least one price point`)
              return
            }
            void deleteEntity(
              `models/${model.id}/prices/${selectedIndex}`,
              `the ${selected.from} price of ${model.name}`,
            )
          }),
      }}
      panelLabel="Price history"
      gridId={GRID_ID}
      gridTitle={`Price history of ${model.name}`}
      rows={rows}
      rowId={(row) => String(row.index)}
      rowName={(row) => `${model.name} from ${row.price.from}`}
      columns={priceColumns}
      commitCells={commitCells}
      onRowFocused={(row) => onSelect(row.index)}
      autoHeight
      emptyText="No prices: add the model's price per million tokens."
    />
  )
}
