import { useMemo, useState } from 'react'
import { goalSeek, type GoalSeekResult } from '../../../../shared/engine/goalSeek'
import {
  goalMetricPath,
  parseGoalMetric,
  type GoalMetric,
} from '../../../../shared/engine/goalMetric'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { confirmAction } from '../../frame/dialogStore'
import { Modal } from '../../frame/Modal'
import { parseNumberInput } from '../../grids/parseInput'
import { commitOrExplain } from '../../grids/rowActions'
import { editsForCells } from '../../store/cellEdits'
import { useWorkspace } from '../../store/workspaceStore'
import { goalSeekDefaults } from './goalSeekDefaults'
import { formatInputValue, goalSeekInputs } from './goalSeekInputs'
import { GoalSeekAnswer } from './GoalSeekAnswer'
import { scenariosShifted, shiftsText } from './scenariosShifted'
import { childPath, parentPath, paths } from '../../../../shared/model/paths/build'
import { countOf } from '../../plural'

interface GoalSeekDialogProps {
  doc: WorkspaceDoc
  viewDoc: WorkspaceDoc
  result: ComputeResult
  scenarioId: string | null
  /** Offers that feature's pricing question first (goalSeekDefaults). */
  featureId?: string
  onClose(): void
}

/** A target as its <select> value: '' for the portfolio, `features/<id>` or `cohorts/<id>`. */
function targetKey(metric: GoalMetric): string {
  return parentPath(goalMetricPath(metric))
}

function metricOf(key: string, kind: GoalMetric['kind']): GoalMetric {
  return key === '' ? { kind } : parseGoalMetric(childPath(key, kind))
}

/**
 * "Set <portfolio|feature|cohort> <margin|gross profit> to <value> by changing <input>." In a
 * scenario the answer becomes one of its overrides, as a typed cell would; writing it to the
 * baseline asks first, naming the scenarios that inherit the value and shift with it.
 */
export function GoalSeekDialog(props: GoalSeekDialogProps) {
  const { doc, viewDoc, result, scenarioId, onClose } = props
  const inputs = useMemo(() => goalSeekInputs(viewDoc), [viewDoc])
  const [defaults] = useState(() =>
    goalSeekDefaults(viewDoc, result, props.featureId, inputs[0]?.path ?? ''),
  )
  const [target, setTarget] = useState(targetKey(defaults.target))
  const [kind, setKind] = useState<GoalMetric['kind']>(defaults.target.kind)
  const floorOf = (key: string) => {
    const featureId = metricOf(key, kind).featureId
    const feature = result.features.find((f) => f.id === featureId)
    // Cohorts read against the portfolio's floor (DESIGN.md §5).
    return feature?.floorPct ?? result.portfolio.floorPct
  }
  const [valueText, setValueText] = useState(String(floorOf(target)))
  const [inputPath, setInputPath] = useState(defaults.inputPath)
  const [answer, setAnswer] = useState<GoalSeekResult | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const metric = metricOf(target, kind)
  const input = inputs.find((candidate) => candidate.path === inputPath)
  const scenario = doc.scenarios.find((s) => s.id === scenarioId)
  const shifted = useMemo(() => scenariosShifted(doc, inputPath), [doc, inputPath])

  function seek() {
    const parsed = parseNumberInput(valueText, kind === 'grossMarginPct' ? 'percent' : 'money')
    if (!parsed.ok || parsed.value === null) {
      setProblem(`Target value: ${parsed.ok ? 'a value is required' : parsed.reason}`)
      setAnswer(null)
      return
    }
    setProblem(null)
    setAnswer(goalSeek(doc, { scenarioId, inputPath, target: metric, value: parsed.value }))
  }

  const found = answer?.ok ? answer : null
  const label = input?.label ?? inputPath
  const shownValue = found === null ? '' : formatInputValue(inputPath, found.inputValue)

  /** One commit through the grids' path: an override in the scenario, else a baseline edit. */
  function apply(where: string | null) {
    if (found === null) return
    const change = { path: inputPath, value: found.inputValue, field: label }
    const mapped = editsForCells(useWorkspace.getState().doc ?? doc, where, [change])
    if (!mapped.ok) setProblem(mapped.reason)
    else if (commitOrExplain(`Goal seek: ${label}`, mapped.edits)) onClose()
  }

  async function applyToBaseline() {
    const confirmed = await confirmAction({
      title: 'Change the baseline?',
      message:
        `Set ${label} to ${shownValue} in the baseline? ` +
        (shifted.length === 0
          ? 'No scenario inherits it: every one sets its own.'
          : `${countOf(shifted.length, 'scenario')} inherit it and will shift:`),
      items: shifted.map((s) => s.name),
      confirmLabel: 'Apply to baseline',
    })
    if (confirmed) apply(null)
  }

  return (
    <Modal
      title="Goal seek"
      testId="goal-seek-dialog"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Close
          </button>
          {scenario === undefined ? (
            <button
              type="button"
              className="button-primary"
              disabled={found === null}
              onClick={() => apply(null)}
              data-testid="goal-seek-apply-baseline"
            >
              Apply
            </button>
          ) : (
            <>
              <button
                type="button"
                disabled={found === null}
                title="Change the baseline, for every scenario that inherits this value (asks first)"
                onClick={() => void applyToBaseline()}
                data-testid="goal-seek-apply-baseline"
              >
                Apply to baseline…
              </button>
              <button
                type="button"
                className="button-primary"
                disabled={found === null}
                title={`Add the answer as an override of ${scenario.name}`}
                onClick={() => apply(scenario.id)}
                data-testid="goal-seek-apply-override"
              >
                Apply as override
              </button>
            </>
          )}
        </>
      }
    >
      <form
        className="goal-seek-form"
        onSubmit={(event) => {
          event.preventDefault()
          seek()
        }}
      >
        <span className="sentence-word">Set</span>
        <select
          value={target}
          aria-label="Target"
          onChange={(event) => {
            setTarget(event.target.value)
            if (kind === 'grossMarginPct') setValueText(String(floorOf(event.target.value)))
          }}
        >
          <option value="">the portfolio</option>
          <optgroup label="Features">
            {viewDoc.features.map((feature) => (
              <option key={feature.id} value={paths.feature(feature.id)}>
                {feature.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Cohorts">
            {viewDoc.cohorts.map((cohort) => (
              <option key={cohort.id} value={paths.cohort(cohort.id)}>
                {cohort.name}
              </option>
            ))}
          </optgroup>
        </select>
        <select
          value={kind}
          aria-label="Metric"
          onChange={(event) => setKind(event.target.value as GoalMetric['kind'])}
        >
          <option value="grossMarginPct">gross margin (%)</option>
          <option value="grossProfit">gross profit ($/month)</option>
        </select>
        <span className="sentence-word">to</span>
        <input
          type="text"
          className="num short-input"
          value={valueText}
          aria-label="Target value"
          onChange={(event) => setValueText(event.target.value)}
          data-testid="goal-seek-value"
        />
        <span className="sentence-word">by changing</span>
        <select
          value={inputPath}
          aria-label="Input to change"
          onChange={(event) => setInputPath(event.target.value)}
          className="wide-select"
        >
          {inputs.map((candidate) => (
            <option key={candidate.path} value={candidate.path}>
              {candidate.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button-primary" data-testid="goal-seek-run">
          Find
        </button>
      </form>
      {problem && (
        <div className="edit-error" role="alert">
          {problem}
        </div>
      )}
      {answer && (
        <GoalSeekAnswer answer={answer} metric={metric} inputPath={inputPath} label={label} />
      )}
      {found && (
        <p className="muted goal-seek-shift" data-testid="goal-seek-shift">
          {scenario === undefined
            ? `Apply changes the baseline and ${shiftsText(shifted)}.`
            : `Apply as override changes ${scenario.name} only; applying to the baseline ` +
              `${shiftsText(shifted)}.`}
        </p>
      )}
    </Modal>
  )
}
