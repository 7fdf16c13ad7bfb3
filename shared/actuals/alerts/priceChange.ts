/**
 * price-change (DESIGN.md §10): a model some step routes to got new prices on a day of the data.
 * The alert opens that day and stays open the rule's window of days, or until the model's next
 * change opens the next alert (one model's alerts never overlap).
 */
import { compileModel } from '../../engine/compileParts'
import type { Model, WorkspaceDoc } from '../../model/types'
import { addDays } from '../days'
import { ALERT_SEVERITY } from './rules'
import type { AlertScope } from './raise'
import type { Alert } from './types'

export function priceChangeAlerts(scope: AlertScope, doc: WorkspaceDoc): Alert[] {
  const { enabled, windowDays } = scope.rules['price-change']
  const from = scope.days[0]
  const to = scope.days.at(-1)
  if (!enabled || from === undefined || to === undefined) return []
  const used = new Set(
    doc.features
      .flatMap((feature) => feature.steps.flatMap((step) => step.mix))
      .map((entry) => entry.modelId),
  )
  return doc.models
    .filter((model) => used.has(model.id))
    .flatMap((model) => {
      const changes = priceChanges(model).filter((change) => change.on >= from && change.on <= to)
      return changes.map(({ on, input, inputBefore }, i): Alert => {
        const next = changes[i + 1]?.on
        const windowEnd = addDays(on, windowDays)
        const closes = next !== undefined && next < windowEnd ? next : windowEnd
        return {
          rule: 'price-change',
          modelId: model.id,
          openedOn: on,
          closedOn: closes > to ? null : closes,
          value: input,
          threshold: inputBefore,
          trend: null,
          driver: `model:${model.id}`,
          severity: ALERT_SEVERITY['price-change'],
        }
      })
    })
}

interface PriceChange {
  on: string
  /** Input price per MTok from that day, and before it. */
  input: number
  inputBefore: number
}

/**
 * The days the model's price in force changed: each date after its first whose point (the last
 * listed of that date) prices anything differently from the point in force the day before. Read
 * through the engine's compiled prices, so an absent field equals the value it defaults to.
 */
function priceChanges(model: Model): PriceChange[] {
  const points = compileModel(model).points
  const inForce = points.filter((point, i) => points[i + 1]?.from !== point.from)
  return inForce.slice(1).flatMap((point, i) => {
    const before = inForce[i]!
    return JSON.stringify(point.prices) === JSON.stringify(before.prices)
      ? []
      : [{ on: point.from, input: point.prices.base.input, inputBefore: before.prices.base.input }]
  })
}
