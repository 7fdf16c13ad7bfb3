import { useMemo, useState } from 'react'
import type { BacklogItem, WorkspaceDoc } from '../../../../../shared/model/types'
import { GridPanel } from '../../../grids/GridPanel'
import { useCommitCells } from '../../../grids/useCommitCells'
import { documentEdits } from '../../../store/cellEdits'
import { addBlankItem, deleteItem, fillItemFromScenario, makeScenarioFromItem } from '../commands'
import { useJobAnswer } from '../jobs/useJobAnswer'
import { backlogColumns } from './backlogColumns'
import {
  backlogFigures,
  backlogHint,
  backlogRows,
  totalRow,
  rowId,
  rowName,
  type BacklogRow,
} from './backlogRows'

const GRID_ID = 'grid-backlog'
const NO_ITEMS: BacklogItem[] = []

interface BacklogSectionProps {
  doc: WorkspaceDoc
  scenarioId: string | null
  month: number
}

function itemOf(row: BacklogRow): BacklogItem | null {
  return row.kind === 'item' ? row.item : null
}

/**
 * The backlog (§12): the levers the team keeps, edited like any grid (the items are document data
 * in every mode, never a scenario's overrides), each judged against the active scenario. Until the
 * evaluation for the scenario and month now chosen returns, the last one's figures stay, dimmed.
 */
export function BacklogSection({ doc, scenarioId, month }: BacklogSectionProps) {
  const items = doc.backlog ?? NO_ITEMS
  const request = useMemo(
    () => ({ job: 'backlog', doc, scenarioId, month }) as const,
    [doc, scenarioId, month],
  )
  const answer = useJobAnswer(items.length === 0 ? null : request)
  const commitCells = useCommitCells(GRID_ID, documentEdits)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const { evaluations, state } = backlogFigures(answer)
  const rows = useMemo(() => backlogRows(items, evaluations), [items, evaluations])
  const footer = useMemo(
    () => (items.length === 0 ? [] : [totalRow(items, evaluations)]),
    [items, evaluations],
  )
  const selected = items.find((item) => item.id === selectedId)
  const select = (row: BacklogRow) => setSelectedId(itemOf(row)?.id ?? null)
  return (
    <div
      className="backlog-state"
      data-testid="backlog-state"
      data-state={items.length === 0 ? 'empty' : state}
      aria-busy={items.length > 0 && (state === 'updating' || state === 'computing')}
    >
      <GridPanel
        title="Backlog"
        hint={backlogHint(answer, items.length > 0)}
        toolbar={
          <span className="toolbar-buttons">
            <button
              type="button"
              onClick={() => setSelectedId(addBlankItem())}
              data-testid="backlog-add"
            >
              + Add item
            </button>
            <button
              type="button"
              disabled={selected === undefined || selected.overrides.length === 0}
              onClick={() => selected && makeScenarioFromItem(selected)}
              title={
                selected === undefined
                  ? 'Make scenario: select an item first'
                  : selected.overrides.length === 0
                    ? 'This item changes nothing yet: fill it from a scenario first'
                    : `A new scenario, built on the active one, holding “${selected.title}”`
              }
              data-testid="backlog-make-scenario"
            >
              Make scenario
            </button>
            <select
              className="backlog-fill"
              value=""
              disabled={selected === undefined || doc.scenarios.length === 0}
              onChange={(event) => {
                const scenario = doc.scenarios.find((s) => s.id === event.target.value)
                if (selected !== undefined && scenario !== undefined) {
                  fillItemFromScenario(selected, scenario)
                }
              }}
              aria-label="Fill from scenario"
              title={
                selected === undefined
                  ? 'Fill from scenario: select an item first'
                  : doc.scenarios.length === 0
                    ? 'Fill from scenario: the workspace has no scenarios yet'
                    : `“${selected.title}” takes a scenario’s own overrides (not those it inherits), in place of its own`
              }
              data-testid="backlog-fill"
            >
              <option value="" disabled>
                Fill from scenario…
              </option>
              {doc.scenarios.map((scenario) => (
                <option
                  key={scenario.id}
                  value={scenario.id}
                  disabled={scenario.overrides.length === 0}
                >
                  {scenario.overrides.length === 0
                    ? `${scenario.name} (changes nothing)`
                    : scenario.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={selected === undefined}
              onClick={() => selected && deleteItem(selected)}
              title={
                selected === undefined
                  ? 'Delete: select an item first'
                  : `Delete “${selected.title}”`
              }
              data-testid="backlog-delete"
            >
              Delete
            </button>
          </span>
        }
        gridId={GRID_ID}
        rows={rows}
        rowId={rowId}
        rowName={rowName}
        columns={backlogColumns}
        footerRows={footer}
        commitCells={commitCells}
        onRowFocused={select}
        autoHeight
        emptyText="Nothing kept yet: keep a proposed lever above, or add an item."
      />
    </div>
  )
}
