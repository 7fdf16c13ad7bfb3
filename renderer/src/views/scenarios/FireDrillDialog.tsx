import { useId, useState } from 'react'
import { FormFooter } from '../../frame/FormFooter'
import { MonthSelect } from '../../frame/MonthSelect'
import {
  fireDrillName,
  fireDrillProblems,
  fireDrillScenario,
  modelProviders,
  type FireDrillInput,
} from '../../../../shared/model/fireDrill'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { Modal } from '../../frame/Modal'
import { useNavigation } from '../../frame/navigation'
import { parseNumberInput } from '../../grids/parseInput'
import { commitOrExplain } from '../../grids/rowActions'
import { asJson } from '../../json'
import { useWorkspace } from '../../store/workspaceStore'
import './fireDrill.css'

const DEFAULT_RAISE_PCT = '20'

interface FireDrillDialogProps {
  /** The baseline document: the drill is a scenario on the baseline. */
  doc: WorkspaceDoc
  onClose(): void
}

/** The percent typed, or why it is not one; the field's name leads every message. */
function parseRaise(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = parseNumberInput(text, 'percent')
  if (!parsed.ok) return { ok: false, message: `Price rise: ${parsed.reason}` }
  if (parsed.value === null) return { ok: false, message: 'Price rise: enter a percent above 0' }
  return { ok: true, value: parsed.value }
}

/** "GPT-4o and GPT-4o mini", or "openai's 5 models" when the names would run long. */
function modelsText(doc: WorkspaceDoc, provider: string): string {
  const names = doc.models.filter((m) => m.provider === provider).map((m) => m.name)
  if (names.length > 3) return `${provider}’s ${names.length} models`
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * "Provider X raises prices by N% from month M": creates the scenario in one undoable step, makes
 * it active and opens the Overview, where the features it takes below their floor are listed.
 */
export function FireDrillDialog({ doc, onClose }: FireDrillDialogProps) {
  const providers = modelProviders(doc)
  const [provider, setProvider] = useState(providers[0] ?? '')
  const [raiseText, setRaiseText] = useState(DEFAULT_RAISE_PCT)
  const [fromMonth, setFromMonth] = useState(0)
  const [problems, setProblems] = useState<string[]>([])
  const formId = useId()
  const errorId = useId()

  const raise = parseRaise(raiseText)
  const input: FireDrillInput | null = raise.ok
    ? { provider, raisePct: raise.value, fromMonth }
    : null
  const refused = input === null ? [] : fireDrillProblems(doc, input)
  if (!raise.ok) refused.push(raise.message)

  function run() {
    if (input === null || refused.length > 0) {
      setProblems(refused)
      return
    }
    const scenario = fireDrillScenario(doc, input)
    const edits = [{ op: 'insert' as const, path: 'scenarios', value: asJson(scenario) }]
    if (!commitOrExplain(`Fire drill: ${scenario.name}`, edits)) return
    useWorkspace.getState().setActiveScenario(scenario.id)
    useNavigation.getState().go('overview')
    onClose()
  }

  return (
    <Modal
      title="Fire drill"
      testId="fire-drill-dialog"
      onClose={onClose}
      footer={
        <FormFooter
          formId={formId}
          submitLabel="Create scenario"
          onCancel={onClose}
          submitTestId="fire-drill-run"
        />
      }
    >
      <p className="fire-drill-intro">
        A provider raises its prices: see which features fall below their floor.
      </p>
      <form
        id={formId}
        className="fire-drill-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          run()
        }}
      >
        <label className="field">
          <span className="field-label">Provider</span>
          <select
            value={provider}
            onChange={(event) => setProvider(event.target.value)}
            data-testid="fire-drill-provider"
          >
            {providers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Price rise</span>
          <span className="fire-drill-percent">
            <input
              type="text"
              inputMode="decimal"
              className="num"
              value={raiseText}
              aria-invalid={problems.some((problem) => problem.startsWith('Price rise'))}
              aria-describedby={problems.length > 0 ? errorId : undefined}
              onChange={(event) => {
                setRaiseText(event.target.value)
                setProblems([])
              }}
              data-testid="fire-drill-raise"
            />
            <span aria-hidden="true">%</span>
          </span>
        </label>
        <label className="field">
          <span className="field-label">From month</span>
          <MonthSelect
            doc={doc}
            value={fromMonth}
            onMonth={setFromMonth}
            data-testid="fire-drill-month"
          />
        </label>
      </form>
      {problems.length > 0 && (
        <div className="edit-error fire-drill-error" role="alert" id={errorId}>
          <span>{problems.join(' ')}</span>
        </div>
      )}
      <p className="field-hint fire-drill-preview" data-testid="fire-drill-preview">
        {input !== null && refused.length === 0 && (
          <>
            Creates the scenario <strong>{fireDrillName(doc, input)}</strong>.{' '}
          </>
        )}
        Every token price of {modelsText(doc, provider)} rises: input, output, cache and reasoning,
        long-context tiers included. The scenario becomes active and the Overview lists the features
        it takes below their floor; Undo removes it.
      </p>
    </Modal>
  )
}
