import { useMemo, useRef, useState, type ChangeEvent } from 'react'
import { refreshActuals } from './actualsData'
import { importStandings } from '../../../../shared/actuals/importsInForce'
import { EmptyState } from '../../frame/EmptyState'
import { ImportCard } from './import/ImportCard'
import { ImportUsageDialog } from './import/ImportUsageDialog'
import { RevenueImportDialog } from './import/RevenueImportDialog'
import { useImports } from './import/useImports'
import './import/import.css'

type Chosen = { kind: 'usage' | 'revenue'; file: File }

/** Imports: the usage logs and revenue files brought in, and the way to bring in more. */
export function ImportsPage() {
  const { state, reload } = useImports()
  // The imports list and every Actuals page read again: the data changed, the document did not.
  const imported = () => {
    reload()
    refreshActuals()
  }
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const standings = useMemo(
    () => importStandings(state.status === 'ready' ? state.imports : []),
    [state],
  )
  const usageInput = useRef<HTMLInputElement>(null)
  const revenueInput = useRef<HTMLInputElement>(null)
  const choose = (kind: Chosen['kind']) => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Cleared, so choosing the same file again (a re-import) is a change too.
    event.target.value = ''
    if (file !== undefined) setChosen({ kind, file })
  }
  const buttons = (
    <div className="toolbar-buttons">
      <button type="button" className="button-primary" onClick={() => usageInput.current?.click()}>
        Import usage log…
      </button>
      <button type="button" onClick={() => revenueInput.current?.click()}>
        Import revenue CSV…
      </button>
    </div>
  )
  return (
    <div className="actuals-imports" data-testid="actuals-imports">
      <input
        ref={usageInput}
        type="file"
        hidden
        accept=".csv,.tsv,.json,.jsonl,.ndjson"
        onChange={choose('usage')}
        data-testid="import-usage-file"
      />
      <input
        ref={revenueInput}
        type="file"
        hidden
        accept=".csv"
        onChange={choose('revenue')}
        data-testid="import-revenue-file"
      />
      {state.status === 'ready' && state.imports.length === 0 ? (
        <EmptyState title="No usage imported yet" action={buttons} testId="imports-empty">
          <p>
            Import the usage logs of your AI features to check the plan against what really
            happened: the app keeps daily totals per feature, step, model and customer, never
            prompts.
          </p>
          <p>
            It reads Langfuse observation exports (CSV, JSON, JSONL), Helicone exports, LiteLLM
            spend logs, the OpenAI and Anthropic usage APIs, OpenTelemetry GenAI spans, and any CSV
            through a column mapping; and revenue CSVs (date, customer or cohort, amount).
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="grid-toolbar imports-toolbar">
            <h2 className="grid-title">Imports</h2>
            {buttons}
          </div>
          {state.status === 'loading' && <p className="import-loading">Reading the imports…</p>}
          {state.status === 'error' && (
            <p className="hint-warning" role="alert">
              {state.message}
            </p>
          )}
          {state.status === 'ready' && (
            <div className="import-cards" data-testid="import-cards">
              {state.imports.map((record) => (
                <ImportCard key={record.id} record={record} standing={standings.get(record.id)!} />
              ))}
            </div>
          )}
        </>
      )}
      {chosen?.kind === 'usage' && (
        <ImportUsageDialog
          file={chosen.file}
          onClose={() => setChosen(null)}
          onImported={imported}
        />
      )}
      {chosen?.kind === 'revenue' && (
        <RevenueImportDialog
          file={chosen.file}
          onClose={() => setChosen(null)}
          onImported={imported}
        />
      )}
    </div>
  )
}
