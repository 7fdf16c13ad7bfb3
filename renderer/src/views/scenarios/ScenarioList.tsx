import { useMemo, useState } from 'react'
import type { Zone } from '../../../../shared/engine/results'
import type { Scenario, WorkspaceDoc } from '../../../../shared/model/types'
import { zoneText } from '../../../../shared/report/zones'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { computedColumn } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { GridPanel } from '../../grids/GridPanel'
import { commitOrExplain, deleteEntity } from '../../grids/rowActions'
import { useCommitCells } from '../../grids/useCommitCells'
import { newIdentity } from '../../ids'
import { asJson } from '../../json'
import { documentEdits } from '../../store/cellEdits'
import { scenarioView } from '../../store/derived'
import { useWorkspace } from '../../store/workspaceStore'
import { entityOptions } from '../enumOptions'
import { FireDrillDialog } from './FireDrillDialog'
import { useColumnsOf } from '../../grids/useColumnsOf'
import './scenarioList.css'
import { paths } from '../../../../shared/model/paths/build'

interface ScenarioRow {
  scenario: Scenario
  /** The scenario edits currently go to. */
  active: boolean
  marginPct: number | null
  grossProfit: number | null
  zone: Zone | null
}

function scenarioColumns(scenarios: readonly Scenario[]): GridColumn<ScenarioRow>[] {
  return [
    {
      id: 'name',
      label: 'Scenario',
      kind: 'text',
      // Not pinned: ag-grid does not flex pinned columns, and long names need the spare width.
      flex: 3,
      minWidth: 300,
      wrap: true,
      value: (row) => row.scenario.name,
      path: (row) => paths.scenario(row.scenario.id, 'name'),
      cellClass: (row) => (row.active ? 'cell-active-scenario' : undefined),
      headerTooltip: 'The marked scenario is active: edits in other views become its overrides',
    },
    {
      id: 'parentId',
      label: 'Builds on',
      kind: 'enum',
      optional: true,
      flex: 2,
      minWidth: 220,
      wrap: true,
      options: entityOptions(scenarios),
      value: (row) => row.scenario.parentId,
      path: (row) => paths.scenario(row.scenario.id, 'parentId'),
      headerTooltip: "A child scenario applies its parent's overrides first, then its own",
    },
    computedColumn('overrides', 'Overrides', 'integer', (row) => row.scenario.overrides.length, {
      width: 92,
    }),
    computedColumn('margin', 'Margin', 'percent', (row) => row.marginPct, {
      width: 90,
      format: (value) => formatPct(typeof value === 'number' ? value : null),
    }),
    computedColumn('grossProfit', 'Gross profit / mo', 'money', (row) => row.grossProfit, {
      width: 132,
      format: (value) => formatMoney(typeof value === 'number' ? value : null),
    }),
    computedColumn(
      'zone',
      'Zone',
      'text',
      (row) => (row.zone === null ? null : zoneText(row.zone)),
      {
        width: 124,
        cellClass: (row) => (row.zone === null ? undefined : `zone-text zone-${row.zone}`),
      },
    ),
  ]
}

const rowId = (row: ScenarioRow) => row.scenario.id
const rowName = (row: ScenarioRow) => row.scenario.name

function addScenario(doc: WorkspaceDoc, parent: Scenario | undefined) {
  const base = parent === undefined ? 'New scenario' : `${parent.name} (fork)`
  const { id, name } = newIdentity(base, doc.scenarios)
  const scenario: Scenario = { id, name, overrides: [], ...(parent ? { parentId: parent.id } : {}) }
  const label = parent === undefined ? 'Add scenario' : `Fork ${parent.name}`
  if (commitOrExplain(label, [{ op: 'insert', path: 'scenarios', value: asJson(scenario) }])) {
    useWorkspace.getState().setActiveScenario(id)
  }
}

/** The scenarios with their headline figures; focusing one makes it the active scenario. */
export function ScenarioList({ doc }: { doc: WorkspaceDoc }) {
  const activeId = useWorkspace((state) => state.activeScenarioId)
  const setActive = useWorkspace((state) => state.setActiveScenario)
  const commitCells = useCommitCells('grid-scenarios', documentEdits)
  const active = doc.scenarios.find((s) => s.id === activeId)
  const columns = useColumnsOf(doc.scenarios, () => scenarioColumns(doc.scenarios))
  const [fireDrillOpen, setFireDrillOpen] = useState(false)
  const hasModels = doc.models.length > 0
  const rows = useMemo(
    () =>
      doc.scenarios.map((scenario) => {
        const portfolio = scenarioView(doc, scenario.id).result?.portfolio
        return {
          scenario,
          active: scenario.id === activeId,
          marginPct: portfolio?.grossMarginPct ?? null,
          grossProfit: portfolio?.grossProfit ?? null,
          zone: portfolio?.zone ?? null,
        }
      }),
    [doc, activeId],
  )
  return (
    <>
      <GridPanel
        title="Scenarios"
        hint="Select a scenario to make it active: edits then become its overrides."
        toolbar={
          <>
            <button
              type="button"
              onClick={() => addScenario(doc, undefined)}
              data-testid="scenario-new"
            >
              + New scenario
            </button>
            <button
              type="button"
              disabled={!hasModels}
              onClick={() => setFireDrillOpen(true)}
              title={
                hasModels
                  ? 'A provider raises its prices by N% from a month: which features fall below their floor?'
                  : 'Add a model first: a fire drill raises one provider’s prices'
              }
              data-testid="scenario-fire-drill"
            >
              Fire drill…
            </button>
            <button
              type="button"
              disabled={active === undefined}
              onClick={() => addScenario(doc, active)}
              title={
                active
                  ? `A child of ${active.name}: its overrides apply first`
                  : 'Select a scenario to fork'
              }
              data-testid="scenario-fork"
            >
              Fork
            </button>
            <button
              type="button"
              disabled={active === undefined}
              onClick={() =>
                active && void deleteEntity(paths.scenario(active.id), `scenario “${active.name}”`)
              }
              title={
                active ? `Delete ${active.name} and its overrides` : 'Select a scenario to delete'
              }
            >
              Delete
            </button>
            <button type="button" disabled={active === undefined} onClick={() => setActive(null)}>
              Back to baseline
            </button>
          </>
        }
        gridId="grid-scenarios"
        rows={rows}
        rowId={rowId}
        rowName={rowName}
        columns={columns}
        commitCells={commitCells}
        onRowFocused={(row) => {
          if (row.scenario.id !== useWorkspace.getState().activeScenarioId)
            setActive(row.scenario.id)
        }}
        autoHeight
        emptyText="No scenarios yet: create one to try a price change, a fire drill or a new routing."
      />
      {fireDrillOpen && <FireDrillDialog doc={doc} onClose={() => setFireDrillOpen(false)} />}
    </>
  )
}
