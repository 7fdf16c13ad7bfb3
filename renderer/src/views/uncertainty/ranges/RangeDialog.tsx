import { useId, useMemo, useState } from 'react'
import { horizonMonthsOf } from '../../../../../shared/model/defaults'
import { describePath } from '../../../../../shared/model/paths/words'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { FormFooter } from '../../../frame/FormFooter'
import { Modal } from '../../../frame/Modal'
import { monthWithin } from '../../../frame/MonthSelect'
import { useWorkspace } from '../../../store/workspaceStore'
import { useModelsView } from '../../models/modelsViewState'
import { commitRangeEdits, type ProblemField, type RangeProblem } from './rangeCommit'
import { draftOf, readDraft, type RangeDraft } from './rangeDraft'
import { removeRangeEdit, saveRangeEdit } from './rangeEdits'
import { FieldProblems, RangeDraftFields } from './RangeDraftFields'
import { RangeInputSelect } from './RangeInputSelect'
import { RangePreview } from './RangePreview'
import { isOwnRow, rangeGroups, rangeRows, removeLabel, type RangeRow } from './rangeRows'
import { currentValuesAt, formatRangeValue, prefilledRange } from './rangeTargets'
import './ranges.css'

export interface RangeDialogProps {
  /**
   * The input (an override path) the dialog opens on, or the selector of a range in force that
   * names several; absent, the person picks one first.
   */
  path?: string
  /** When `path` is a selector: the input the person asked from (a grid cell), one of its own. */
  via?: string
  onClose(): void
}

interface Where {
  doc: WorkspaceDoc
  /** The document as the active scenario sees it: the values ranges start from, the names. */
  viewDoc: WorkspaceDoc
  scenarioId: string | null
  scenarioName: string | null
  rows: RangeRow[]
}

function useWhere(): Where | null {
  const doc = useWorkspace((state) => state.doc)
  const viewDoc = useWorkspace((state) => state.view?.viewDoc ?? null)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  return useMemo(() => {
    if (doc === null || viewDoc === null) return null
    const scenario = doc.scenarios.find((candidate) => candidate.id === scenarioId)
    const rows = rangeRows(doc, scenarioId)
    return { doc, viewDoc, scenarioId, scenarioName: scenario?.name ?? null, rows }
  }, [doc, viewDoc, scenarioId])
}

/** The range in force on `path`, else a new one around the value it has now. */
function startingDraft(where: Where, path: string): RangeDraft {
  const row = where.rows.find((candidate) => candidate.range.path === path)
  return draftOf(row?.range ?? prefilledRange(where.viewDoc, path))
}

/** "Every feature · price per unit": words that open a sentence. */
const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1)

/**
 * What the input stands for in the plan now: its value, or with a selector the value of the input
 * asked from, else the span of the values it names ("$0.99 to $1.50").
 */
function valueNow(where: Where, path: string, via: string | undefined): string {
  const format = (value: number) => formatRangeValue(path, value)
  if (via !== undefined) {
    const [value = 0] = currentValuesAt(where.viewDoc, via)
    return `${format(value)} on ${describePath(where.viewDoc, via)}`
  }
  const values = currentValuesAt(where.viewDoc, path)
  const low = Math.min(...values, Infinity)
  const high = Math.max(...values, -Infinity)
  if (values.length === 0) return format(0)
  return low === high ? format(low) : `${format(low)} to ${format(high)}`
}

function whereItGoes(where: Where, row: RangeRow | undefined): string {
  if (where.scenarioName === null) {
    return 'Saved in the baseline: every scenario uses it unless it sets its own.'
  }
  const replaces = row !== undefined && (row.origin.kind !== 'own' || row.inherited !== undefined)
  return replaces
    ? `Saved in ${where.scenarioName} only, in place of the range it inherits here.`
    : `Saved in ${where.scenarioName} only.`
}

/**
 * Sets, changes or removes the range on one input (DESIGN.md §11): low, likely and high with a
 * live preview of the distribution, saved in the active scenario or, with none, the baseline.
 */
export function RangeDialog({ path: givenPath, via, onClose }: RangeDialogProps) {
  const where = useWhere()
  // A model's prices are offered at the point in force in the month the Models view shows.
  const chosenMonth = useModelsView((state) => state.month)
  const [path, setPath] = useState<string | null>(givenPath ?? null)
  const [draft, setDraft] = useState<RangeDraft | null>(() =>
    where !== null && givenPath !== undefined ? startingDraft(where, givenPath) : null,
  )
  const [problems, setProblems] = useState<RangeProblem[]>([])
  const formId = useId()
  const read = path === null || draft === null ? null : readDraft(path, draft)
  if (where === null) return null

  const row = where.rows.find((candidate) => candidate.range.path === path)
  const words = path === null ? '' : describePath(where.viewDoc, path)
  const title = path === null || givenPath === undefined ? 'Add a range' : `Range on ${words}`
  const inputCount = path === null ? 0 : currentValuesAt(where.viewDoc, path).length
  const month = monthWithin(chosenMonth, horizonMonthsOf(where.viewDoc))

  function pick(next: string) {
    if (where === null) return
    setPath(next)
    setDraft(startingDraft(where, next))
    setProblems([])
  }

  function change(field: keyof RangeDraft, value: string) {
    if (draft === null) return
    setDraft({ ...draft, [field]: value })
    setProblems([])
  }

  function save() {
    if (where === null || read === null) return
    if (!read.ok) return setProblems(read.problems)
    const edit = saveRangeEdit(where.doc, where.scenarioId, read.range)
    const outcome = commitRangeEdits(`Set range on ${words}`, [edit])
    if (outcome.ok) onClose()
    else setProblems(outcome.problems)
  }

  function remove() {
    if (where === null || path === null || row === undefined) return
    const edit = removeRangeEdit(where.doc, where.scenarioId, path)
    if (edit === null) return
    const outcome = commitRangeEdits(`${removeLabel(row)} on ${words}`, [edit])
    if (outcome.ok) onClose()
    else setProblems(outcome.problems)
  }

  const problemOf = (field: ProblemField) =>
    problems.filter((problem) => problem.field === field).map((problem) => problem.text)
  const placed: readonly (ProblemField | null)[] = ['low', 'likely', 'high', 'shape', 'group']
  const general = problems.filter((problem) => !placed.includes(problem.field))
  const removable = row !== undefined && isOwnRow(row, where.scenarioId)

  return (
    <Modal
      title={title}
      onClose={onClose}
      testId="range-dialog"
      className="range-dialog"
      footer={
        <>
          {removable && (
            <button
              type="button"
              className="button-danger range-dialog-remove"
              onClick={remove}
              data-testid="range-remove"
            >
              {removeLabel(row)}
            </button>
          )}
          <FormFooter
            formId={formId}
            submitLabel="Save range"
            onCancel={onClose}
            disabled={draft === null}
            submitTestId="range-save"
          />
        </>
      }
    >
      <form
        id={formId}
        className="range-form"
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        {givenPath === undefined && (
          <RangeInputSelect
            doc={where.viewDoc}
            month={month}
            value={path}
            ranged={new Set(where.rows.map((each) => each.range.path))}
            onChange={pick}
          />
        )}
        {path !== null && draft !== null && (
          <>
            {inputCount > 1 && (
              <p className="field-hint range-covers" data-testid="range-covers">
                This range covers {inputCount} inputs: <strong>{capitalised(words)}</strong>. Each
                draw sets them all to the same value
                {row === undefined ? '' : ', and saving changes it for all of them'}.
              </p>
            )}
            <p className="field-hint range-where" data-testid="range-where">
              In the plan now: {valueNow(where, path, path === givenPath ? via : undefined)}.{' '}
              {whereItGoes(where, row)}
            </p>
            <RangeDraftFields
              draft={draft}
              problemsOf={problemOf}
              groups={rangeGroups(where.doc)}
              autoFocus={givenPath !== undefined}
              onChange={change}
            />
            <RangePreview
              range={read?.ok ? read.range : null}
              words={words}
              height={150}
              testId="range-preview"
            />
          </>
        )}
        <FieldProblems problems={general.map((problem) => problem.text)} />
      </form>
    </Modal>
  )
}
