import { useEffect, useMemo, useState } from 'react'
import type { CatalogListing } from '../../../shared/api'
import type { CatalogModel } from '../../../shared/catalog/priceBook'
import { workspaceModelOf } from '../../../shared/catalog/catalogIds'
import { formatPriceFrom } from '../../../shared/catalog/priceLabels'
import { searchCatalog } from '../../../shared/catalog/search'
import { pointOn } from '../../../shared/engine/prices'
import { formatUnitMoney } from '../../../shared/report/format'
import { todayIso } from '../../../shared/today'
import { Modal } from '../frame/Modal'
import { useWorkspace } from '../store/workspaceStore'
import { useCatalog } from './catalogStore'
import { usePicker, type PickAnswer, type PickRequest } from './pickerStore'
import './picker.css'

const SHOWN = 60

/** "1,309 models · genai-prices (Pydantic Services Inc., MIT licence) as of 2026-08-21". */
function catalogLine(listing: CatalogListing): string {
  const models = `${listing.models.length.toLocaleString('en-US')} models`
  const source =
    listing.origin === 'refreshed' ? `refreshed from ${listing.source}` : listing.attribution
  return `${models} · ${source} as of ${listing.asOf}`
}

/** Mounted once (App): shows the picker whenever a view asks for a catalog model. */
export function ModelPickerHost() {
  const request = usePicker((state) => state.request)
  const answer = usePicker((state) => state.answer)
  if (request === null) return null
  return <ModelPicker request={request} onAnswer={answer} />
}

interface ModelPickerProps {
  request: PickRequest
  onAnswer(answer: PickAnswer): void
}

/**
 * Type-ahead over the whole catalog with a provider filter: each match with the prices in force
 * today (per million tokens) and the date they apply from. ↑ ↓ choose, Enter picks.
 */
function ModelPicker({ request, onAnswer }: ModelPickerProps) {
  const catalog = useCatalog((state) => state.state)
  const load = useCatalog((state) => state.load)
  const workspaceModels = useWorkspace((state) => state.doc?.models)
  const [query, setQuery] = useState('')
  const [provider, setProvider] = useState('')
  const [active, setActive] = useState(0)
  useEffect(load, [load])

  const ready = catalog.status === 'ready' ? catalog : null
  const found = useMemo(
    () =>
      ready
        ? searchCatalog(ready.entries, query, { provider: provider || undefined, limit: SHOWN })
        : { models: [], total: 0 },
    [ready, query, provider],
  )
  const providers = useMemo(
    () =>
      ready
        ? [...new Set(ready.listing.models.map((model) => model.provider))]
            .map((id) => ({ id, name: ready.listing.providerNames[id] ?? id }))
            .sort((a, b) => a.name.localeCompare(b.name))
        : [],
    [ready],
  )
  const chosen = found.models[Math.min(active, found.models.length - 1)] ?? null
  const pick = (model: CatalogModel | null) => {
    if (model) onAnswer(model)
  }

  return (
    <Modal
      title={request.title}
      onClose={() => onAnswer(null)}
      testId="model-picker"
      className="modal-picker"
      footer={
        <>
          <span className="picker-source">{ready && catalogLine(ready.listing)}</span>
          <button type="button" onClick={() => onAnswer(null)}>
            Cancel
          </button>
          {request.blankLabel !== undefined && (
            <button type="button" onClick={() => onAnswer('blank')} data-testid="picker-blank">
              {request.blankLabel}
            </button>
          )}
          <button
            type="button"
            className="button-primary"
            disabled={chosen === null}
            onClick={() => pick(chosen)}
          >
            {request.confirmLabel}
          </button>
        </>
      }
    >
      <div className="picker-filters">
        <input
          type="search"
          autoFocus
          aria-label="Search the catalog"
          placeholder="Type a model or provider, e.g. sonnet 5"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown')
              setActive((i) => Math.min(i + 1, found.models.length - 1))
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
            else if (event.key === 'Enter') pick(chosen)
            else return
            event.preventDefault()
          }}
        />
        <select
          aria-label="Provider"
          value={provider}
          onChange={(event) => {
            setProvider(event.target.value)
            setActive(0)
          }}
        >
          <option value="">All providers</option>
          {providers.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <PickerResults
        state={catalog.status}
        error={catalog.status === 'failed' ? catalog.error : null}
        models={found.models}
        total={found.total}
        chosen={chosen}
        providerNames={ready?.listing.providerNames ?? {}}
        inWorkspace={(model) => workspaceModelOf(workspaceModels ?? [], model) !== undefined}
        onChoose={(index) => setActive(index)}
        onPick={pick}
      />
    </Modal>
  )
}

interface PickerResultsProps {
  state: string
  error: string | null
  models: readonly CatalogModel[]
  total: number
  chosen: CatalogModel | null
  providerNames: Readonly<Record<string, string>>
  inWorkspace(model: CatalogModel): boolean
  onChoose(index: number): void
  onPick(model: CatalogModel): void
}

function PickerResults(props: PickerResultsProps) {
  const { models, chosen, providerNames } = props
  if (props.error !== null) {
    return (
      <p className="picker-message hint-warning">The catalog could not be loaded: {props.error}</p>
    )
  }
  if (props.state !== 'ready') return <p className="picker-message">Loading the price catalog…</p>
  if (models.length === 0) return <p className="picker-message">No model matches.</p>
  const today = todayIso()
  const price = (value: number | undefined) => (value === undefined ? '—' : formatUnitMoney(value))
  return (
    <>
      <div className="picker-results">
        <table>
          <thead>
            <tr>
              <th>Model</th>
              <th className="num">Input</th>
              <th className="num">Output</th>
              <th className="num">Cache read</th>
              <th className="num">Cache write</th>
              <th>Since</th>
            </tr>
          </thead>
          <tbody role="listbox" aria-label="Matching models">
            {models.map((model, index) => {
              const point = pointOn(model.prices, today)!
              const selected = model === chosen
              return (
                <tr
                  key={`${model.provider}/${model.sourceId}`}
                  role="option"
                  aria-selected={selected}
                  className={selected ? 'picker-chosen' : undefined}
                  onClick={() => props.onChoose(index)}
                  onDoubleClick={() => props.onPick(model)}
                  ref={selected ? (row) => row?.scrollIntoView({ block: 'nearest' }) : undefined}
                >
                  <td>
                    <span className="picker-model">{model.sourceId}</span>
                    <span className="picker-provider">
                      {providerNames[model.provider] ?? model.provider}
                      {model.prices.length > 1 && ` · ${model.prices.length} dated prices`}
                      {props.inWorkspace(model) && ' · in this workspace'}
                    </span>
                  </td>
                  <td className="num">{price(point.inputPerMTok)}</td>
                  <td className="num">{price(point.outputPerMTok)}</td>
                  <td className="num">{price(point.cacheReadPerMTok)}</td>
                  <td className="num">{price(point.cacheWritePerMTok)}</td>
                  <td>{formatPriceFrom(point.from)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <p className="picker-count">
        {props.total > models.length
          ? `The best ${models.length} of ${props.total.toLocaleString('en-US')} matches: type more to narrow them.`
          : `${props.total.toLocaleString('en-US')} ${props.total === 1 ? 'match' : 'matches'}.`}{' '}
        Prices in USD per million tokens, in force today.
      </p>
    </>
  )
}
