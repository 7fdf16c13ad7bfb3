import { useMemo } from 'react'
import type { Override, Scenario, WorkspaceDoc } from '../../../../shared/model/types'
import { computedColumn } from '../../grids/fieldColumns'
import type { GridColumn } from '../../grids/gridColumn'
import { GridPanel } from '../../grids/GridPanel'
import { commitModelEdits, commitOrExplain } from '../../grids/rowActions'
import { insertedEntityPath } from '../../../../shared/model/paths/structure'
import { useCommitCells } from '../../grids/useCommitCells'
import { documentEdits } from '../../store/cellEdits'
import { describeScenarioOverrides } from '../../../../shared/model/paths/words'
import { paths } from '../../../../shared/model/paths/build'
import { formatOverrideValue } from './overrideValues'

interface OverrideRow {
  scenarioId: string
  index: number
  override: Override
  where: string
}

const overridePath = (row: OverrideRow) => paths.override(row.scenarioId, row.index)

/**
 * Takes an override back. An added row goes as deleting it in the grid would, with what the
 * scenario did to it or with it (a cohort's use of an added feature), which would name nothing.
 */
function resetOverride(row: OverrideRow): void {
  const { override } = row
  const added =
    override.op === 'insert' ? insertedEntityPath(override.path, override.value) : undefined
  const label = `Reset ${row.where}`
  if (added !== undefined) commitModelEdits(label, [{ op: 'delete', path: added }])
  else commitOrExplain(label, [{ op: 'delete', path: overridePath(row) }])
}

/** Inserts and removes carry no number: their row is what they change. */
const isStructural = (row: OverrideRow) =>
  row.override.op === 'insert' || row.override.op === 'remove'

const overrideColumns: GridColumn<OverrideRow>[] = [
  computedColumn('where', 'Changes', 'text', (row) => row.where, {
    flex: 1,
    width: 320,
    headerTooltip: 'What the override changes; hover a row for its path',
  }),
  {
    id: 'op',
    label: 'Operation',
    kind: 'enum',
    width: 110,
    options: [
      { value: 'set', label: 'set to' },
      { value: 'scale', label: 'scale by' },
      { value: 'add', label: 'add' },
      { value: 'insert', label: 'added' },
      { value: 'remove', label: 'removed' },
    ],
    value: (row) => row.override.op,
    path: (row) => (isStructural(row) ? null : paths.override(row.scenarioId, row.index, 'op')),
  },
  {
    id: 'value',
    label: 'Value',
    kind: 'number',
    width: 110,
    value: (row) => (isStructural(row) ? null : (row.override as { value: number }).value),
    format: (_value, row) => formatOverrideValue(row.override),
    path: (row) => (isStructural(row) ? null : paths.override(row.scenarioId, row.index, 'value')),
  },
  {
    id: 'fromMonth',
    label: 'From month',
    kind: 'integer',
    optional: true,
    width: 104,
    value: (row) => row.override.fromMonth,
    fallback: () => 0,
    path: (row) => paths.override(row.scenarioId, row.index, 'fromMonth'),
    headerTooltip: 'Months after the start month; 0 = from the start',
  },
  computedColumn('path', 'Path', 'text', (row) => row.override.path, { width: 300 }),
]

const rowId = (row: OverrideRow) => String(row.index)
const rowName = (row: OverrideRow) => row.where

interface OverridesGridProps {
  doc: WorkspaceDoc
  scenario: Scenario
  focusedIndex: number | undefined
  onFocus(index: number): void
}

/** The active scenario's own overrides: edit their values, or remove one to reset what it changes. */
export function OverridesGrid({ doc, scenario, focusedIndex, onFocus }: OverridesGridProps) {
  const commitCells = useCommitCells('grid-overrides', documentEdits)
  const rows = useMemo(() => {
    const words = describeScenarioOverrides(doc, scenario.id)
    return scenario.overrides.map((override, index) => ({
      scenarioId: scenario.id,
      index,
      override,
      where: words[index] ?? override.path,
    }))
  }, [doc, scenario])
  const focused = focusedIndex === undefined ? undefined : rows[focusedIndex]
  return (
    <GridPanel
      title={`Overrides of ${scenario.name}`}
      hint={
        scenario.parentId
          ? 'Applied after the parent scenario’s, in this order.'
          : 'Applied to the baseline in this order.'
      }
      panelLabel="Overrides"
      toolbar={
        <button
          type="button"
          disabled={focused === undefined}
          data-testid="override-reset"
          title={
            focused
              ? `Reset: ${focused.where} goes back to its baseline value`
              : 'Select an override first'
          }
          onClick={() => focused && resetOverride(focused)}
        >
          Reset to baseline
        </button>
      }
      gridId="grid-overrides"
      rows={rows}
      rowId={rowId}
      rowName={rowName}
      columns={overrideColumns}
      commitCells={commitCells}
      onRowFocused={(row) => onFocus(row.index)}
      autoHeight
      emptyText="No overrides yet: with this scenario active, edit any number in another view."
    />
  )
}
