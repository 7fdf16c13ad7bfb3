import {
  ALERT_RULE_IDS,
  DEFAULT_ALERT_RULES,
  effectiveRules,
  type AlertRuleId,
} from '../../../../../shared/actuals/alerts'
import { alertRuleTitle } from '../../../../../shared/actuals/alertWords'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { commitOrExplain } from '../../../grids/rowActions'
import { RuleNumberInput } from './RuleNumberInput'
import { isTuned, resetRuleEdits, ruleEdits, type RuleChange } from './ruleEdits'

/** What each rule watches, in a line under its name. */
const WATCHES: Record<AlertRuleId, string> = {
  'red-3d': 'A feature’s margin over the window, under its floor.',
  'yellow-7d': 'A feature’s margin over the window, within the yellow band above its floor.',
  'customer-cost-ratio':
    'A customer’s (or cohort’s) cost over the window, as a share of its revenue.',
  'cost-per-unit-jump': 'A feature’s cost per unit against the window before.',
  'price-change':
    'A model the plan uses got a new price; the window is how long the alert stays open.',
}

/** What a rule without a threshold of its own compares with. */
const COMPARED_WITH: Partial<Record<AlertRuleId, string>> = {
  'red-3d': 'each feature’s floor',
  'yellow-7d': 'floor + yellow band',
  'price-change': 'any new price',
}

/**
 * The threshold as the field shows it: cost ÷ revenue is typed as a percent of revenue (80, not
 * 0.8); the jump is a percent already. The margin and price rules read floors and prices instead.
 */
const THRESHOLD_FIELD: Partial<
  Record<AlertRuleId, { unit: string; shown(value: number): number; stored(shown: number): number }>
> = {
  'customer-cost-ratio': {
    unit: '% of revenue',
    // Rounded so 0.7 shows as 70, not 70.00000000000001.
    shown: (value) => Math.round(value * 100 * 1e6) / 1e6,
    stored: (shown) => shown / 100,
  },
  'cost-per-unit-jump': { unit: '% rise', shown: (value) => value, stored: (shown) => shown },
}

const MAX_WINDOW_DAYS = 90

function defaultText(id: AlertRuleId): string {
  const rule = DEFAULT_ALERT_RULES[id]
  const threshold = THRESHOLD_FIELD[id]
  const days = `${rule.windowDays} days`
  return threshold === undefined ? days : `${days} · ${threshold.shown(rule.threshold)}%`
}

interface RulesEditorProps {
  /** The baseline document: alert rules are the workspace's, never a scenario's. */
  doc: WorkspaceDoc
}

/** The five rules: on or off, their window and threshold, each back to its default in a click. */
export function RulesEditor({ doc }: RulesEditorProps) {
  const rules = effectiveRules(doc)
  const change = (id: AlertRuleId, what: string, fields: RuleChange) =>
    commitOrExplain(`${what} of “${alertRuleTitle(rules[id])}”`, ruleEdits(doc, id, fields))
  return (
    <div className="alert-table-scroll">
      <table className="data-table rules-table" data-testid="alert-rules-table">
        <thead>
          <tr>
            <th scope="col" className="rules-table__rule">
              Rule
            </th>
            <th scope="col" className="rules-table__narrow">
              On
            </th>
            <th scope="col" className="rules-table__number">
              Window (days)
            </th>
            <th scope="col" className="rules-table__threshold">
              Threshold
            </th>
            <th scope="col">Default</th>
            <th scope="col" className="rules-table__reset" aria-label="Reset" />
          </tr>
        </thead>
        <tbody>
          {ALERT_RULE_IDS.map((id) => {
            const rule = rules[id]
            const threshold = THRESHOLD_FIELD[id]
            const title = alertRuleTitle(rule)
            return (
              <tr key={id} data-testid="alert-rule" data-rule={id} data-enabled={rule.enabled}>
                <th scope="row" className="rules-table__rule">
                  {title}
                  <span className="rules-table__watches">{WATCHES[id]}</span>
                </th>
                <td>
                  <label className="switch">
                    <input
                      type="checkbox"
                      role="switch"
                      checked={rule.enabled}
                      onChange={(event) =>
                        change(id, event.target.checked ? 'Switch on' : 'Switch off', {
                          enabled: event.target.checked,
                        })
                      }
                      aria-label={`${title}: on`}
                      data-testid={`rule-${id}-enabled`}
                    />
                    <span className="switch__track" aria-hidden="true" />
                  </label>
                </td>
                <td>
                  <RuleNumberInput
                    value={rule.windowDays}
                    min={1}
                    max={MAX_WINDOW_DAYS}
                    step={1}
                    label={`${title}: window in days`}
                    onCommit={(windowDays) => change(id, 'Window', { windowDays })}
                    testId={`rule-${id}-window`}
                  />
                </td>
                <td>
                  {threshold === undefined ? (
                    <span className="rules-table__none">{COMPARED_WITH[id]}</span>
                  ) : (
                    <span className="inline-field">
                      <RuleNumberInput
                        value={threshold.shown(rule.threshold)}
                        min={0}
                        step={1}
                        label={`${title}: threshold in ${threshold.unit}`}
                        onCommit={(shown) =>
                          change(id, 'Threshold', { threshold: threshold.stored(shown) })
                        }
                        testId={`rule-${id}-threshold`}
                      />
                      {threshold.unit}
                    </span>
                  )}
                </td>
                <td className="rules-table__default">{defaultText(id)}</td>
                <td>
                  <button
                    type="button"
                    disabled={!isTuned(doc, id)}
                    onClick={() => commitOrExplain(`Reset “${title}”`, resetRuleEdits(doc, id))}
                    data-testid={`rule-${id}-reset`}
                  >
                    Reset
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
