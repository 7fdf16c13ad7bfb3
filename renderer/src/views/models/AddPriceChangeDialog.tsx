import { useState } from 'react'
import { FormFooter } from '../../frame/FormFooter'
import type { Model, PricePoint } from '../../../../shared/model/types'
import { formatUnitMoney } from '../../../../shared/report/format'
import { Modal } from '../../frame/Modal'
import { parseNumberInput } from '../../grids/parseInput'
import { asJson } from '../../json'
import { describeProblems } from '../../problems'
import { useWorkspace } from '../../store/workspaceStore'
import { priceChangeDraft, priceDateProblem } from './priceHistory'
import { paths } from '../../../../shared/model/paths/build'

type PriceField = 'inputPerMTok' | 'outputPerMTok' | 'cacheReadPerMTok' | 'cacheWritePerMTok'

const priceFields: { field: PriceField; label: string; optional: boolean }[] = [
  { field: 'inputPerMTok', label: 'Input', optional: false },
  { field: 'outputPerMTok', label: 'Output', optional: false },
  { field: 'cacheReadPerMTok', label: 'Cache read', optional: true },
  { field: 'cacheWritePerMTok', label: 'Cache write', optional: true },
]

const DATE_LABEL = 'Effective from'

interface AddPriceChangeDialogProps {
  model: Model
  /** The date proposed: the first day of the month after the one on screen. */
  initialDate: string
  /** Copy this point's prices; by default the point in force on the chosen date. */
  copyOf?: PricePoint
  /** After the change is committed, with the new point's index in `model.prices`. */
  onAdded(index: number): void
  onClose(): void
}

/** The new point as typed, or the first reason it cannot be added (naming the field). */
function readDraft(
  model: Model,
  date: string,
  texts: Record<PriceField, string>,
  copyOf: PricePoint | undefined,
): { ok: true; point: PricePoint } | { ok: false; reason: string } {
  const dateProblem = priceDateProblem(model, date)
  if (dateProblem !== null) return { ok: false, reason: `${DATE_LABEL}: ${dateProblem}` }
  const { point } = priceChangeDraft(model, date, copyOf)
  for (const { field, label, optional } of priceFields) {
    const parsed = parseNumberInput(texts[field], 'money')
    if (!parsed.ok) return { ok: false, reason: `${label}: ${parsed.reason}` }
    if (parsed.value === null) {
      if (!optional) return { ok: false, reason: `${label}: a price is required` }
      delete point[field]
    } else {
      point[field] = parsed.value
    }
  }
  return { ok: true, point }
}

const textOf = (value: number | undefined): string => (value === undefined ? '' : String(value))

/**
 * Adds a dated price change to a model: its effective date first, then its prices, which start as
 * a copy of the point in force on that date so only what changed needs typing. One undo step.
 */
export function AddPriceChangeDialog(props: AddPriceChangeDialogProps) {
  const { model, initialDate, copyOf, onAdded, onClose } = props
  const [date, setDate] = useState(initialDate)
  /** Only the prices the person typed; the others follow the point the change starts from. */
  const [typed, setTyped] = useState<Partial<Record<PriceField, string>>>({})
  const [refusal, setRefusal] = useState<string | null>(null)
  const trimmedDate = date.trim()
  const dateProblem = priceDateProblem(model, trimmedDate)
  // Until the date is valid, the prices come from the point in force on the proposed date.
  const { point: source, copiedFrom } = priceChangeDraft(
    model,
    dateProblem === null ? trimmedDate : initialDate,
    copyOf,
  )
  const texts = Object.fromEntries(
    priceFields.map(({ field }) => [field, typed[field] ?? textOf(source[field])]),
  ) as Record<PriceField, string>

  function submit() {
    const draft = readDraft(model, trimmedDate, texts, copyOf)
    if (!draft.ok) {
      setRefusal(draft.reason)
      return
    }
    const label = `Add the ${draft.point.from} price of ${model.name}`
    const outcome = useWorkspace
      .getState()
      .commit(label, [{ op: 'insert', path: paths.prices(model.id), value: asJson(draft.point) }])
    if (!outcome.ok) {
      setRefusal(`${label} was refused: ${describeProblems(outcome.problems)}`)
      return
    }
    // Appended: the points other edits and scenario overrides address by index keep their index.
    onAdded(model.prices.length)
  }

  return (
    <Modal
      title={`Add a price change · ${model.name}`}
      testId="price-change-dialog"
      onClose={onClose}
      footer={
        <FormFooter
          formId="price-change-form"
          submitLabel="Add price change"
          onCancel={onClose}
          submitTestId="price-change-add"
        />
      }
    >
      <form
        id="price-change-form"
        className="price-change-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <label className="field">
          <span className="field-label">{DATE_LABEL}</span>
          <input
            type="text"
            value={date}
            onChange={(event) => {
              setDate(event.target.value)
              setRefusal(null)
            }}
            placeholder="YYYY-MM-DD"
            autoFocus
            spellCheck={false}
            aria-invalid={dateProblem !== null}
            data-testid="price-change-date"
          />
        </label>
        <p className="field-hint">
          {dateProblem === null
            ? `The new prices apply from ${trimmedDate} until the next price point.`
            : 'The day the new prices start, as YYYY-MM-DD; one price point per date.'}
        </p>
        <fieldset className="price-change-prices">
          <legend className="field-label">Prices ($ per million tokens)</legend>
          {priceFields.map(({ field, label, optional }) => (
            <label className="field" key={field}>
              <span className="field-label">{label}</span>
              <input
                type="text"
                inputMode="decimal"
                value={texts[field]}
                placeholder={optional ? '= input' : undefined}
                onChange={(event) => {
                  const value = event.target.value
                  setTyped((before) => ({ ...before, [field]: value }))
                  setRefusal(null)
                }}
                spellCheck={false}
                data-testid={`price-change-${field}`}
              />
            </label>
          ))}
        </fieldset>
        <p className="field-hint">
          {copiedFrom === null
            ? 'The model has no price yet: enter its prices.'
            : `Copied from the price point of ${copiedFrom} (input ${formatUnitMoney(source.inputPerMTok)}, output ${formatUnitMoney(source.outputPerMTok)}): change only what changed. Reasoning, batch discount and long-context prices are copied as they are; edit them in the grid.`}
        </p>
        {refusal !== null && (
          <div className="edit-error" role="alert" data-testid="price-change-error">
            <span>{refusal}</span>
          </div>
        )}
      </form>
    </Modal>
  )
}
