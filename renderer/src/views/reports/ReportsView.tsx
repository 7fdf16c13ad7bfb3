import { fileActions } from '../../frame/fileActions'

interface PlannedReport {
  format: string
  title: string
  text: string
}

const planned: PlannedReport[] = [
  {
    format: 'PPTX',
    title: 'Board deck',
    text: 'KPIs, margin by feature, the forecast and the scenario comparison, as editable charts.',
  },
  {
    format: 'PDF',
    title: 'Margin summary',
    text: 'The overview and the features below their floor, to send or print.',
  },
  {
    format: 'XLSX',
    title: 'Excel workbook',
    text: 'Every input and result, with live formulas so finance can rework the numbers.',
  },
  {
    format: 'CSV',
    title: 'Table exports',
    text: 'Features, cohorts and forecast months as plain tables for any other tool.',
  },
]

const cliExamples = [
  ['npm run margin -- compute workspace.json', 'every result of the month as JSON'],
  ['npm run margin -- compare workspace.json --table', 'baseline and scenarios side by side'],
  ['npm run margin -- sensitivity workspace.json --table', 'the tornado as a table'],
] as const

/** Exports: what works today (JSON, the CLI) and the reports that are on their way. */
export function ReportsView() {
  return (
    <div className="reports" data-testid="reports-empty">
      <header className="reports-header">
        <h2>Reports</h2>
        <p className="muted">
          Take the plan out of the app. Today the workspace exports as JSON, which the{' '}
          <code>margin</code> command line reads; the formatted reports below are on their way.
        </p>
      </header>

      <section className="reports-card" aria-label="Available now">
        <h3 className="reports-section-title">Available now</h3>
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
              className="button-primary"
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

      <section aria-label="Coming next">
        <h3 className="reports-section-title">Coming next</h3>
        <ul className="reports-planned">
          {planned.map((report) => (
            <li key={report.format} className="reports-planned-item">
              <div className="reports-now-head">
                <span className="format-tag">{report.format}</span>
                <strong>{report.title}</strong>
              </div>
              <p className="muted">{report.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
