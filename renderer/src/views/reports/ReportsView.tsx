import { fileActions } from '../../frame/fileActions'
import { useWorkspace } from '../../store/workspaceStore'
import { ExportForm } from './ExportForm'
import './reports.css'

const cliExamples = [
  ['npm run margin -- compute workspace.json', 'every result of the month as JSON'],
  ['npm run margin -- compare workspace.json --table', 'baseline and scenarios side by side'],
  ['npm run margin -- sensitivity workspace.json --table', 'the tornado as a table'],
  [
    'npm run margin -- export workspace.json --format pptx --out deck.pptx --compare baseline,price-complex',
    'the board deck, as this page makes it',
  ],
] as const

/** Reports: the board deck, PDF, workbook and CSV exports; the workspace as JSON; the CLI. */
export function ReportsView() {
  const doc = useWorkspace((state) => state.doc)
  const path = useWorkspace((state) => state.path)
  const activeScenarioId = useWorkspace((state) => state.activeScenarioId)
  if (doc === null) return null
  return (
    <div className="reports" data-testid="reports">
      <header className="reports-header">
        <h2>Reports</h2>
        <p className="muted">
          Take the plan out of the app: a board deck, a PDF, a workbook with live formulas or a
          single table, for any scenario and month.
        </p>
      </header>

      {/* A fresh form per workspace: its scenarios and months are the new file's. */}
      <ExportForm key={path} doc={doc} activeScenarioId={activeScenarioId} />

      <section className="reports-card" aria-labelledby="reports-data-title">
        <h3 id="reports-data-title" className="reports-section-title">
          Workspace data
        </h3>
        <div className="reports-now">
          <div className="reports-now-item">
            <div className="reports-now-head">
              <span className="format-tag format-tag-ready">JSON</span>
              <strong>Workspace export</strong>
            </div>
            <p className="muted">
              Every input, scenario and override in one file: keep it in version control or feed it
              to scripts.
            </p>
            <button
              type="button"
              onClick={() => void fileActions.exportJson()}
              data-testid="export-json"
            >
              Export JSON
            </button>
          </div>
          <div className="reports-now-item">
            <div className="reports-now-head">
              <span className="format-tag format-tag-ready">CLI</span>
              <strong>The margin command</strong>
            </div>
            <p className="muted">Run on an exported file, in a terminal or in CI:</p>
            <dl className="cli-examples">
              {cliExamples.map(([command, what]) => (
                <div key={command}>
                  <dt>
                    <code>{command}</code>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      </section>
    </div>
  )
}
