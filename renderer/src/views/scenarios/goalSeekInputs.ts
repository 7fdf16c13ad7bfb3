/**
 * What goal seek may change: the engine's drivers of the scenario's month-0 document, plus every
 * feature's usage price and every plan's seat price (drivers leave out inputs at 0, yet pricing a
 * free feature or a free plan is the question goal seek most often answers).
 */
import { listDrivers } from '../../../../shared/engine/drivers'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { formatNumber, formatUnitMoney } from '../../../../shared/report/format'
import { priceOf, seatPriceOf } from './goalSeekDefaults'

export interface GoalSeekInput {
  path: string
  label: string
}

export function goalSeekInputs(viewDoc: WorkspaceDoc): GoalSeekInput[] {
  const drivers = listDrivers(viewDoc, 0).map(({ path, label }) => ({ path, label }))
  const known = new Set(drivers.map((driver) => driver.path))
  const prices = [
    ...viewDoc.features.map((feature) => ({
      path: priceOf(feature.id),
      label: `${feature.name} price per ${feature.unit}`,
    })),
    ...viewDoc.plans.map((plan) => ({
      path: seatPriceOf(plan.id),
      label: `${plan.name} seat price`,
    })),
  ].filter((price) => !known.has(price.path))
  return [...prices, ...drivers]
}

const MONEY_FIELD = /(price|PerMTok|Cost|Fee|PerSeat|PerUnit|fixedMonthly)$/i

/** An input's value as its field reads: dollars for prices and costs, a plain number otherwise. */
export function formatInputValue(path: string, value: number): string {
  return MONEY_FIELD.test(path) ? formatUnitMoney(value) : formatNumber(value, 4)
}
