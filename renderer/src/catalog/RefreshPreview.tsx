import type { CatalogRefreshResult } from '../../../shared/api'
import type { MarginAt, MarginEffectLine } from '../../../shared/catalog/marginEffect'
import { formatInputOutput, skipSummary } from '../../../shared/catalog/priceLabels'
import type { PricePreview } from '../../../shared/catalog/preview'
import { formatPct } from '../../../shared/report/format'
import { formatPts, monthName } from '../../../shared/report/labels'
import { useWorkspace } from '../store/workspaceStore'

const count = (n: number) => n.toLocaleString('en-US')

function Counts({ items }: { items: [string, number][] }) {
  return (
    <dl className="refresh-counts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{count(value)}</dd>
        </div>
      ))}
    </dl>
  )
}

function Skipped({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null
  return (
    <ul className="refresh-skipped" aria-label="Left out of the file">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

/** What a workspace refresh would do: counts, skips, the models it changes, the margin effect. */
export function RefreshPreview({ preview }: { preview: PricePreview }) {
  const doc = useWorkspace((state) => state.doc)
  if (doc === null) return null
  const first = monthName(doc, preview.marginEffect.firstMonth)
  const last = monthName(doc, preview.marginEffect.lastMonth)
  return (
    <div className="refresh-preview" data-testid="refresh-summary">
      <Counts
        items={[
          ['Changed or linked', preview.changed],
          ['Unchanged', preview.unchanged],
          ['Added', preview.added],
          ['Not in the file (kept)', preview.notInFile],
          ['Price points added', preview.pointsAdded],
          ['Points changed', preview.pointsReplaced],
        ]}
      />
      <Skipped lines={skipSummary(preview.skipped)} />
      <p className="field-hint refresh-rule">
        No price point is removed: the file&apos;s dated prices are added, or change your point of
        the same day; its current price is added on the as-of date where it differs. Batch discounts
        stay yours.
      </p>
      {preview.changes.length > 0 && (
        <div className="refresh-table-wrap refresh-changes">
          <table className="refresh-table">
            <caption>Models changed or linked to the file</caption>
            <thead>
              <tr>
                <th>Model</th>
                <th>In force {first}, $/M in / out</th>
                <th className="num">Points added</th>
                <th className="num">Changed</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.id}>
                  <td>
                    {change.name}
                    <span className="refresh-sub">
                      {change.provider}
                      {change.linked && ' · now linked to the file'}
                    </span>
                  </td>
                  <td>
                    {change.before ? formatInputOutput(change.before) : '—'} →{' '}
                    {change.after ? formatInputOutput(change.after) : '—'}
                  </td>
                  <td className="num">{count(change.pointsAdded)}</td>
                  <td className="num">{count(change.pointsReplaced)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="refresh-table-wrap">
        <table className="refresh-table" data-testid="refresh-margin-effect">
          <caption>Gross margin, before → after</caption>
          <thead>
            <tr>
              <th />
              <th className="num">Floor</th>
              <th className="num">{first}</th>
              <th className="num">{last}</th>
            </tr>
          </thead>
          <tbody>
            {preview.marginEffect.lines.map((line) => (
              <tr
                key={line.featureId ?? 'portfolio'}
                className={line.featureId ? undefined : 'refresh-total'}
              >
                <td>{line.name}</td>
                <td className="num">{formatPct(line.floorPct)}</td>
                <MarginCell at={line.first} line={line} />
                <MarginCell at={line.last} line={line} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** "64.0% → 61.2% (−2.8 pts)", red once the margin is below the floor. */
function MarginCell({ at, line }: { at: MarginAt; line: MarginEffectLine }) {
  const below = at.after !== null && at.after < line.floorPct
  const moved = at.before !== null && at.after !== null && at.after !== at.before
  return (
    <td className={below ? 'num refresh-below' : 'num'}>
      {formatPct(at.before)} → {formatPct(at.after)}
      {moved && (
        <span className="refresh-delta">
          {' '}
          ({at.after! > at.before! ? '+' : '−'}
          {formatPts(at.after! - at.before!)})
        </span>
      )}
    </td>
  )
}

/** What a catalog refresh would do. */
export function CatalogRefreshSummary({ result }: { result: CatalogRefreshResult }) {
  return (
    <div className="refresh-preview" data-testid="refresh-summary">
      <Counts
        items={[
          ['Changed', result.changed],
          ['Unchanged', result.unchanged],
          ['Added', result.added],
          ['Price points added', result.pointsAdded],
          ['Points changed', result.pointsReplaced],
          ['Models afterwards', result.models],
        ]}
      />
      <Skipped lines={skipSummary(result.skipped)} />
      <p className="field-hint">
        The catalog is what the model picker offers, as of {result.asOf}; no workspace changes.
      </p>
    </div>
  )
}
