import { useMemo, useState } from 'react'
import { describePath } from '../../../../../shared/model/paths/words'
import { EditableGrid } from '../../../grids/EditableGrid'
import { useEditError } from '../../../grids/editErrorStore'
import { useWorkspace } from '../../../store/workspaceStore'
import { EmptyState } from '../../../frame/EmptyState'
import { commitRangeCells, RANGES_GRID_ID } from './commitRangeCells'
import { rangeColumns, type RangeGridRow } from './rangeColumns'
import { commitRangeEdits } from './rangeCommit'
import { RangeDialog } from './RangeDialog'
import { removeRangeEdit } from './rangeEdits'
import { RangePreview } from './RangePreview'
import { isOwnRow, originWords, rangeRows, removeLabel } from './rangeRows'
import { rangeSpanText } from './rangeShapes'
import { formatRangeValue } from './rangeTargets'
import './ranges.css'

const rowId = (row: RangeGridRow) => row.range.path
const rowName = (row: RangeGridRow) => row.words

function useRangeGridRows(): RangeGridRow[] {
  const doc = useWorkspace((state) => state.doc)
  const viewDoc = useWorkspace((state) => state.view?.viewDoc ?? null)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  return useMemo(() => {
    if (doc === null || viewDoc === null) return []
    return rangeRows(doc, scenarioId).map((row) => ({
      ...row,
      words: describePath(viewDoc, row.range.path),
    }))
  }, [doc, viewDoc, scenarioId])
}

/** Why the selected range cannot be removed from here, for the disabled button's tooltip. */
function lockedReason(row: RangeGridRow | undefined): string {
  if (row === undefined) return 'Select a range first'
  return `${originWords(row.origin)}: open it there to delete it, or edit it to set this scenario’s own`
}

/**
 * The ranges in force for the active scenario (DESIGN.md §11), edited in place; a new one is
 * added here or from any grid's number (right-click, Set range…).
 */
export function RangesSection() {
  const rows = useRangeGridRows()
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const scenarioName = useWorkspace(
    (state) => state.doc?.scenarios.find((s) => s.id === state.activeScenarioId)?.name ?? null,
  )
  const readOnly = useWorkspace((state) => state.access.mode === 'read-only')
  const [focusedPath, setFocusedPath] = useState<string | null>(null)
  const [dialog, setDialog] = useState<{ path?: string } | null>(null)
  const focused = rows.find((row) => row.range.path === focusedPath) ?? rows[0]
  const removable = focused !== undefined && isOwnRow(focused, scenarioId) && !readOnly

  function remove() {
    const doc = useWorkspace.getState().doc
    if (doc === null || focused === undefined) return
    const edit = removeRangeEdit(doc, scenarioId, focused.range.path)
    if (edit === null) return
    const outcome = commitRangeEdits(`${removeLabel(focused)} on ${focused.words}`, [edit])
    if (!outcome.ok) {
      const reasons = outcome.problems.map((problem) => problem.text).join('; ')
      useEditError
        .getState()
        .show(RANGES_GRID_ID, `${removeLabel(focused)} was refused: ${reasons}`)
    }
  }

  const hint =
    scenarioName === null
      ? 'The inputs the plan is unsure of. The simulation below draws each between its low and high.'
      : `The ranges in force in ${scenarioName}. What you change here becomes this scenario’s own.`
  return (
    <section className="ranges-section" aria-label="Ranges" data-testid="ranges-section">
      <header className="ranges-header">
        <div>
          <h2 className="ranges-title">Ranges</h2>
          <p className="ranges-intro">{hint}</p>
        </div>
        <div className="ranges-actions">
          <button
            type="button"
            disabled={readOnly}
            onClick={() => setDialog({})}
            data-testid="range-add"
          >
            + Add range…
          </button>
          <button
            type="button"
            disabled={focused === undefined || readOnly}
            title={focused ? `Edit the range on ${focused.words}` : 'Select a range first'}
            onClick={() => focused && setDialog({ path: focused.range.path })}
            data-testid="range-edit"
          >
            Edit…
          </button>
          <button
            type="button"
            disabled={!removable}
            title={
              removable ? `${removeLabel(focused)} on ${focused.words}` : lockedReason(focused)
            }
            onClick={remove}
            data-testid="range-delete"
          >
            {focused ? removeLabel(focused) : 'Delete range'}
          </button>
        </div>
      </header>
      {focused === undefined ? (
        <EmptyState title="No ranges yet" testId="ranges-empty">
          A range says how unsure you are of an input: its low, likely and high values. The
          simulation below draws every range many times to show how far margin could move.
          <br />
          Right-click a number in any grid and choose <strong>Set range…</strong>, or add one here
          with <strong>Add range…</strong>.
        </EmptyState>
      ) : (
        <div className="ranges-body">
          <EditableGrid
            gridId={RANGES_GRID_ID}
            title="Ranges"
            rows={rows}
            rowId={rowId}
            rowName={rowName}
            columns={rangeColumns}
            commitCells={commitRangeCells}
            onRowFocused={(row) => setFocusedPath(row.range.path)}
            autoHeight
          />
          <aside className="ranges-preview" aria-label="Distribution of the selected range">
            <h4 className="ranges-preview-title">{focused.words}</h4>
            <RangePreview
              range={focused.range}
              words={focused.words}
              height={170}
              testId="ranges-preview"
            />
            <p className="field-hint">
              {rangeSpanText(focused.range, (value) => formatRangeValue(focused.range.path, value))}
              {' · '}
              {originWords(focused.origin)}
            </p>
          </aside>
        </div>
      )}
      {dialog && <RangeDialog path={dialog.path} onClose={() => setDialog(null)} />}
    </section>
  )
}
