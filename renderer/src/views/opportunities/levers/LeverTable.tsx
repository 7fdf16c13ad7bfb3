import type { LeverEvaluation } from '../../../../../shared/backlog'
import { useNavigation } from '../../../frame/navigation'
import { formatGain, formatPtsChange, marginChange } from '../figures'
import { riskCell, type RiskColumn } from './riskColumn'

interface LeverTableProps {
  /** Ranked; the first is rank 1. */
  evaluations: readonly LeverEvaluation[]
  keptIds: ReadonlySet<string>
  featureName(id: string): string
  risk: RiskColumn
  /** False while the levers shown are an edit behind: their overrides may no longer fit. */
  actionsEnabled: boolean
  onKeep(evaluation: LeverEvaluation): void
  onMakeScenario(evaluation: LeverEvaluation): void
}

/** Features a row lists before it counts the rest ("+2 more"), so a self-host lever stays short. */
const FEATURES_LISTED = 3

function LeverCell({ evaluation }: { evaluation: LeverEvaluation }) {
  const { lever } = evaluation
  return (
    <td className="lever-what">
      <div className="lever-title">
        <span>{lever.title}</span>
        {lever.needsQualityCheck && (
          <span
            className="quality-badge"
            data-testid="lever-quality-check"
            title="It changes model routing or output length: check answer quality before shipping"
          >
            Needs a quality check
          </span>
        )}
      </div>
      <div className="lever-detail" title={lever.detail}>
        {lever.detail}
      </div>
    </td>
  )
}

function FeaturesCell({
  evaluation,
  featureName,
}: {
  evaluation: LeverEvaluation
  featureName(id: string): string
}) {
  const lines = evaluation.features.map((delta) => ({
    id: delta.id,
    name: featureName(delta.id),
    change: marginChange(delta),
  }))
  const listed = lines.slice(0, FEATURES_LISTED)
  const more = lines.length - listed.length
  return (
    <td
      className="lever-features"
      title={lines.map((line) => `${line.name} ${line.change}`).join('\n')}
    >
      {listed.map((line) => (
        <div key={line.id} className="lever-feature">
          {line.name} <span className="lever-margins">{line.change}</span>
        </div>
      ))}
      {more > 0 && <div className="muted">+{more} more</div>}
    </td>
  )
}

/** The whole column's note, over every row: why there are no figures (yet). */
function RiskNote({ risk }: { risk: Exclude<RiskColumn, { kind: 'estimated' }> }) {
  if (risk.kind === 'note') return <>{risk.text}</>
  return (
    <>
      Add ranges in{' '}
      <button
        type="button"
        className="inline-link"
        onClick={() => useNavigation.getState().go('uncertainty')}
      >
        Uncertainty
      </button>{' '}
      to see how each lever changes the risk
    </>
  )
}

function RiskCell({
  risk,
  leverId,
}: {
  risk: Extract<RiskColumn, { kind: 'estimated' }>
  leverId: string
}) {
  const { text, tooltip } = riskCell(risk, leverId)
  return (
    <td className="num lever-risk" title={tooltip} data-testid="lever-risk">
      {text}
    </td>
  )
}

/** The ranked levers: what each is, what it adds, what it touches, its risk, and what to do with it. */
export function LeverTable(props: LeverTableProps) {
  const { evaluations, keptIds, featureName, risk, actionsEnabled } = props
  return (
    <table className="data-table lever-table" data-testid="lever-table">
      <colgroup>
        <col className="lever-col-rank" />
        <col />
        <col className="lever-col-gain" />
        <col className="lever-col-pts" />
        <col className="lever-col-features" />
        <col className="lever-col-risk" />
        <col className="lever-col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="num">
            #
          </th>
          <th scope="col">Lever</th>
          <th scope="col" className="num" title="Gross profit added over the next 3 months">
            Δ gross profit, next 3 months
          </th>
          <th scope="col" className="num" title="Portfolio margin, in the month chosen">
            Δ portfolio margin
          </th>
          <th scope="col">Features: margin before → after</th>
          <th
            scope="col"
            className="num"
            title="Chance the portfolio margin ends below its floor, from a Monte Carlo run"
          >
            P(below floor)
          </th>
          <th scope="col" aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {evaluations.map((evaluation, index) => {
          const { lever, error } = evaluation
          const kept = keptIds.has(lever.id)
          return (
            <tr
              key={lever.id}
              data-testid="lever-row"
              data-lever-id={lever.id}
              data-delta={evaluation.deltaGrossProfitQuarter}
            >
              <td className="num muted">{index + 1}</td>
              <LeverCell evaluation={evaluation} />
              {error === undefined ? (
                <>
                  <td className="num lever-gain">
                    {formatGain(evaluation.deltaGrossProfitQuarter)}
                  </td>
                  <td className="num">{formatPtsChange(evaluation.deltaMarginPts)}</td>
                  <FeaturesCell evaluation={evaluation} featureName={featureName} />
                </>
              ) : (
                <td colSpan={3} className="lever-error">
                  Could not be evaluated: {error}
                </td>
              )}
              {index === 0 && risk.kind !== 'estimated' && (
                <td
                  rowSpan={evaluations.length}
                  className="lever-risk-note"
                  data-testid="risk-note"
                >
                  <RiskNote risk={risk} />
                </td>
              )}
              {risk.kind === 'estimated' && <RiskCell risk={risk} leverId={lever.id} />}
              <td>
                <div className="lever-actions">
                  {kept ? (
                    <span className="lever-kept" data-testid="lever-in-backlog">
                      ✓ In backlog
                    </span>
                  ) : (
                    <button
                      type="button"
                      disabled={!actionsEnabled || error !== undefined}
                      onClick={() => props.onKeep(evaluation)}
                      data-testid="lever-keep"
                    >
                      Keep in backlog
                    </button>
                  )}
                  <button
                    type="button"
                    disabled={!actionsEnabled || error !== undefined}
                    onClick={() => props.onMakeScenario(evaluation)}
                    title="A new scenario, built on the active one, holding this lever; it becomes the active scenario"
                    data-testid="lever-make-scenario"
                  >
                    Make scenario
                  </button>
                </div>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
