import { useMemo, useState } from 'react'
import { goalSeek, type GoalSeekResult } from '../../../../shared/engine/goalSeek'
import type { GoalMetric } from '../../../../shared/engine/goalMetric'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { Modal } from '../../frame/Modal'
import { parseNumberInput } from '../../grids/parseInput'
import { commitOrExplain } from '../../grids/rowActions'
import { overrideEditsForCell } from '../../store/scenarioOverrides'
import { formatInputValue, goalSeekInputs } from './goalSeekInputs'

const PORTFOLIO = ''

interface GoalSeekDialogProps {
  doc: WorkspaceDoc
  viewDoc: WorkspaceDoc
  result: ComputeResult
  scenarioId: string | null
  /** Preselects a feature and its price. */
  featureId?: string
  onClose(): void
}

function formatMetric(metric: GoalMetric, value: number | null): string {
  return metric.kind === 'grossMarginPct' ? formatPct(value) : formatMoney(value)
}

/** "Set <feature|portfolio> <margin|gross profit> to <value> by changing <input>." */
export function GoalSeekDialog({
  doc,
  viewDoc,
  result,
  scenarioId,
  featureId,
  onClose,
}: GoalSeekDialogProps) {
  const inputs = useMemo(() => goalSeekInputs(viewDoc), [viewDoc])
  const [target, setTarget] = useState(featureId ?? PORTFOLIO)
  const [kind, setKind] = useState<GoalMetric['kind']>('grossMarginPct')
  const floorOf = (id: string) =>
    id === PORTFOLIO
      ? result.portfolio.floorPct
      : (result.features.find((f) => f.id === id)?.floorPct ?? 0)
  const [valueText, setValueText] = useState(String(floorOf(target)))
  const [inputPath, setInputPath] = useState(
    featureId === undefined ? (inputs[0]?.path ?? '') : `features/${featureId}/pricePerUnit`,
  )
  const [answer, setAnswer] = useState<GoalSeekResult | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const metric: GoalMetric = target === PORTFOLIO ? { kind } : { kind, featureId: target }
  const input = inputs.find((candidate) => candidate.path === inputPath)
  const scenario = doc.scenarios.find((s) => s.id === scenarioId)

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

  function apply(where: 'override' | 'baseline') {
    if (answer === null || !answer.ok || input === undefined) return
    const label = `Goal seek: ${input.label}`
    const edits =
      where === 'override' && scenario !== undefined
        ? overrideEditsForCell(scenario, inputPath, answer.inputValue)
        : [{ op: 'set' as const, path: inputPath, value: answer.inputValue }]
    if (commitOrExplain(label, edits)) onClose()
  }

  const found = answer?.ok ? answer : null
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
          <button
            type="button"
            disabled={found === null || scenario === undefined}
            title={
              scenario
                ? `Add the answer as an override of ${scenario.name}`
                : 'Pick a scenario in the top bar first'
            }
            onClick={() => apply('override')}
            data-testid="goal-seek-apply-override"
          >
            Apply as override
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={found === null}
            onClick={() => apply('baseline')}
            data-testid="goal-seek-apply-baseline"
          >
            Apply to baseline
          </button>
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
          <option value={PORTFOLIO}>the portfolio</option>
          {viewDoc.features.map((feature) => (
            <option key={feature.id} value={feature.id}>
              {feature.name}
            </option>
          ))}
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
        <div
          className={answer.ok ? 'goal-answer' : 'goal-answer goal-answer-miss'}
          data-testid="goal-seek-answer"
        >
          {answer.ok ? (
            <>
              <strong>
                {input?.label ?? inputPath}: {formatInputValue(inputPath, answer.inputValue)}
              </strong>{' '}
              (now {formatInputValue(inputPath, answer.baseInputValue)}) gives{' '}
              {formatMetric(metric, answer.achieved)}.
            </>
          ) : (
            <>
              <strong>No answer:</strong> {answer.reason}
              {answer.closestInputValue !== null && (
                <>
                  {' '}
                  Closest: {formatInputValue(inputPath, answer.closestInputValue)} gives{' '}
                  {formatMetric(metric, answer.closestAchieved)}.
                </>
              )}
            </>
          )}
        </div>
      )}
    </Modal>
  )
}
