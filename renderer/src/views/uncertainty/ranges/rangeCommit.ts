/**
 * Committing range edits through the store, one undo step each, and the checks' refusals in
 * words, by the range field they concern, for the dialog and the grid to show where they belong.
 */
import type { Edit } from '../../../../../shared/model/editTypes'
import { describePath, describeProblemPath } from '../../../../../shared/model/paths/words'
import type { Problem, WorkspaceDoc } from '../../../../../shared/model/types'
import { useWorkspace } from '../../../store/workspaceStore'
import type { RangeField } from './rangeEdits'

export type ProblemField = RangeField | 'path'

export interface RangeProblem {
  /** The field the check named; null for the range as a whole (low, likely, high out of order). */
  field: ProblemField | null
  text: string
}

const FIELD_LABELS: Partial<Record<string, string>> = {
  path: 'Input',
  low: 'Low',
  likely: 'Likely',
  high: 'High',
  shape: 'Shape',
  group: 'Group',
}

/** A problem path inside a range list: `ranges[2].high`, `scenarios[s].ranges[0]`. */
const RANGE_PROBLEM = /(?:^|\.)ranges\[\d+\](?:\.(\w+))?$/
/** Override paths quoted in a message ("… for features/x/responseCacheHitPct"). */
const QUOTED_PATH = /\b(?:workspace|models|features|plans|cohorts|selfHost)\/[^\s,;)]+/g

/** The checks' problems, each naming its range field and with the paths it quotes in words. */
export function rangeProblems(doc: WorkspaceDoc, problems: readonly Problem[]): RangeProblem[] {
  return problems.map((problem) => {
    const message = problem.message.replace(QUOTED_PATH, (path) => describePath(doc, path))
    const match = RANGE_PROBLEM.exec(problem.path)
    if (match === null) {
      return { field: null, text: `${describeProblemPath(doc, problem.path)}: ${message}` }
    }
    const field = (match[1] ?? null) as ProblemField | null
    const label = field === null ? undefined : (FIELD_LABELS[field] ?? field)
    return { field, text: label === undefined ? message : `${label}: ${message}` }
  })
}

export type RangeCommitOutcome = { ok: true } | { ok: false; problems: RangeProblem[] }

/** Commits `edits` as one undo step labelled for the active scenario, if any. */
export function commitRangeEdits(label: string, edits: Edit[]): RangeCommitOutcome {
  const { doc, view, activeScenarioId, commit } = useWorkspace.getState()
  const scenario = doc?.scenarios.find((candidate) => candidate.id === activeScenarioId)
  const outcome = commit(scenario ? `${label} in ${scenario.name}` : label, edits)
  if (outcome.ok) return outcome
  // Read in the scenario's document: a range there may be on something the scenario added.
  const seen = view?.viewDoc ?? doc
  const problems =
    seen === null
      ? outcome.problems.map((problem) => ({ field: null, text: problem.message }))
      : rangeProblems(seen, outcome.problems)
  return { ok: false, problems }
}
