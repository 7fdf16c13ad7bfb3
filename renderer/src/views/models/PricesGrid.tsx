import { useMemo, useState } from 'react'
import { describePriceFrom, formatPriceFrom } from '../../../../shared/catalog/priceLabels'
import type { LongContextPrices, Model, PricePoint } from '../../../../shared/model/types'
import { effectiveValueOf } from '../../../../shared/model/defaults'
import { useEditError } from '../../grids/editErrorStore'
import { computedColumn, fieldColumns } from '../../grids/fieldColumns'
import type { CellValue, GridColumn } from '../../grids/gridColumn'
import { GridPanel } from '../../grids/GridPanel'
import { deleteEntity } from '../../grids/rowActions'
import { useCommitCells, type ChangesToEdits } from '../../grids/useCommitCells'
import { asJson } from '../../json'
import { editsForCells } from '../../store/cellEdits'
import { useInScenario } from '../../store/hooks'
import { AddPriceChangeDialog } from './AddPriceChangeDialog'
import {
  dateFormatProblem,
  movedDatesProblem,
  priceHistoryRows,
  statusLabels,
  type PriceRow,
} from './priceHistory'
import { lastSegment, parentPath, paths } from '../../../../shared/model/paths/build'

const GRID_ID = 'grid-prices'
const DATE_LABEL = 'Effective from'

/** The point in force in the chosen month stands out across the whole row. */
const inForceClass = (row: PriceRow): string | undefined =>
  row.status === 'in-force' ? 'cell-in-force' : undefined
const perMTok = { unit: '$/MTok', width: 100, cellClass: inForceClass } as const

const pricePath = (row: PriceRow) => paths.price(row.modelId, row.index)
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
    path: (row) => paths.longContext(row.modelId, row.index, name),
    fallback: optional
      ? (row) =>
          row.price.longContext
            ? effectiveValueOf('longContext', row.price.longContext, name)
            : undefined
      : undefined,
    cellClass: inForceClass,
    group: 'Long context (whole call, above the threshold)',
    headerTooltip: `${label}: applies to the whole call when its input exceeds the threshold`,
  }
}

/** The status column's words for the chosen month: "In force in Mar 2027". */
function statusTooltip(monthName: string) {
  return (row: PriceRow): string => {
    switch (row.status) {
      case 'in-force':
        return `In force in ${monthName}: applies from ${formatPriceFrom(row.price.from)} until the next price point`
      case 'scheduled':
        return `Starts on ${row.price.from}, after ${monthName}`
      case 'superseded':
        return `Replaced by a later price point before ${monthName}`
    }
  }
}

function priceColumns(monthName: string): GridColumn<PriceRow>[] {
  return [
    field('from', DATE_LABEL, 'text', {
      pinned: true,
      width: 116,
      cellClass: inForceClass,
      headerTooltip:
        'The day this price starts to apply (YYYY-MM-DD), until the next price point; one point per date',
      // The date is checked here; a date another point already has is refused in `dateEdits`.
      parse: (raw) => {
        const problem = dateFormatProblem(raw)
        return problem === null ? { ok: true, value: raw } : { ok: false, reason: problem }
      },
    }),
    computedColumn('status', 'Status', 'text', (row) => statusLabels[row.status], {
      pinned: true,
      width: 104,
      cellClass: (row) => `price-status price-status-${row.status}`,
      tooltip: statusTooltip(monthName),
      headerTooltip: `How each price point stands in ${monthName}, the month chosen above`,
    }),
    field('inputPerMTok', 'Input', 'money', perMTok),
    field('outputPerMTok', 'Output', 'money', perMTok),
    field('cacheReadPerMTok', 'Cache read', 'money', { ...perMTok, optional: true }),
    field('cacheWritePerMTok', 'Cache write', 'money', { ...perMTok, optional: true }),
    field('reasoningPerMTok', 'Reasoning', 'money', { ...perMTok, optional: true }),
    field('batchDiscountPct', 'Batch discount', 'percent', {
      unit: '%',
      optional: true,
      width: 104,
      cellClass: inForceClass,
    }),
    longContextColumn('thresholdTokens', 'Threshold', 'tokens'),
    longContextColumn('inputPerMTok', 'Long input', '$/MTok'),
    longContextColumn('outputPerMTok', 'Long output', '$/MTok'),
    longContextColumn('cacheReadPerMTok', 'Long cache read', '$/MTok'),
    longContextColumn('cacheWritePerMTok', 'Long cache write', '$/MTok'),
  ]
}

/** The point indexes whose `from` the changes set, with the new dates. */
function movedDates(changes: readonly { path: string; value: unknown }[]): Map<number, string> {
  const moves = new Map<number, string>()
  for (const change of changes) {
    const match = /\/prices\/(\d+)\/from$/.exec(change.path)
    if (match !== null && typeof change.value === 'string')
      moves.set(Number(match[1]), change.value)
  }
  return moves
}

/**
 * Dates first: two points on one date are refused with the date's field named, before the
 * document's own check. Long-context prices are one optional object: the first value typed into a
 * point without one creates it (starting from the point's own prices), and blanking the threshold
 * removes it.
 */
/** A cell of a point's long-context tier: `models/<id>/prices/<index>/longContext/<field>`. */
const isLongContextCell = (path: string): boolean => lastSegment(parentPath(path)) === 'longContext'

function priceEdits(model: Model): ChangesToEdits {
  return (doc, scenarioId, changes) => {
    const clash = movedDatesProblem(model, movedDates(changes))
    if (clash !== null) return { ok: false, reason: `${DATE_LABEL}: ${clash}` }
    if (scenarioId !== null) return editsForCells(doc, scenarioId, changes)
    const plain = changes.filter((change) => !isLongContextCell(change.path))
    const result = editsForCells(doc, scenarioId, plain)
    if (!result.ok) return result
    for (const change of changes) {
      if (!isLongContextCell(change.path)) continue
      const objectPath = parentPath(change.path)
      const fieldName = lastSegment(change.path)
      const price = model.prices[Number(lastSegment(parentPath(objectPath)))]
      if (price === undefined) continue
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
  /** 'YYYY-MM-01' of the month chosen above: its point in force is marked. */
  date: string
  /** "Mar 2027". */
  monthName: string
  /** A price change's proposed date: the first day of the next month. */
  nextMonthDate: string
  selectedIndex: number | undefined
  onSelect(index: number): void
}

const scenarioLock = 'Price points are the same in every scenario: switch to Baseline to add one'

export function PricesGrid(props: PricesGridProps) {
  const { model, date, monthName, nextMonthDate, selectedIndex, onSelect } = props
  const inScenario = useInScenario()
  /** The dialog, and the point it copies (Duplicate) instead of the one in force on its date. */
  const [adding, setAdding] = useState<{ copyOf?: PricePoint } | null>(null)
  const rows = useMemo(() => priceHistoryRows(model, date), [model, date])
  const columns = useMemo(() => priceColumns(monthName), [monthName])
  const toEdits = useMemo(() => priceEdits(model), [model])
  const commitCells = useCommitCells(GRID_ID, toEdits)
  const selected = selectedIndex === undefined ? undefined : model.prices[selectedIndex]
  const inForce = rows.find((row) => row.status === 'in-force')
  return (
    <>
      <GridPanel
        // ag-grid re-reads a cell's classes only when its value changes: a new point in force (or
        // another model) draws the grid afresh so the in-force tint follows it across the row.
        key={`${model.id}@${inForce?.index ?? ''}`}
        title={`Price history · ${model.name}`}
        hint={
          <>
            {inForce !== undefined && (
              <span data-testid="price-in-force">
                In force in {monthName}: <strong>{describePriceFrom(inForce.price.from)}</strong>
                .{' '}
              </span>
            )}
            List prices per million tokens; blank cache and reasoning prices follow the input and
            output prices.
          </>
        }
        toolbar={
          <button
            type="button"
            onClick={() => setAdding({})}
            disabled={inScenario}
            title={inScenario ? scenarioLock : 'Add a dated price change to this model'}
            data-testid="price-change-open"
          >
            + Add price change…
          </button>
        }
        actions={{
          noun: 'price point',
          onDuplicate: selected && (() => setAdding({ copyOf: selected })),
          onDelete:
            selected &&
            (() => {
              if (model.prices.length === 1) {
                useEditError
                  .getState()
                  .show(GRID_ID, `${model.name} needs at least one price point`)
                return
              }
              void deleteEntity(
                paths.price(model.id, model.prices.indexOf(selected)),
                `the ${selected.from} price of ${model.name}`,
              )
            }),
        }}
        panelLabel="Price history"
        gridId={GRID_ID}
        focusScope={model.id}
        gridTitle={`Price history of ${model.name}`}
        rows={rows}
        rowId={(row) => String(row.index)}
        rowName={(row) => `${model.name} from ${row.price.from}`}
        columns={columns}
        commitCells={commitCells}
        onRowFocused={(row) => onSelect(row.index)}
        autoHeight
        emptyText="No prices: add the model's price per million tokens."
      />
      {adding !== null && (
        <AddPriceChangeDialog
          model={model}
          initialDate={nextMonthDate}
          copyOf={adding.copyOf}
          onAdded={(index) => {
            setAdding(null)
            onSelect(index)
          }}
          onClose={() => setAdding(null)}
        />
      )}
    </>
  )
}
