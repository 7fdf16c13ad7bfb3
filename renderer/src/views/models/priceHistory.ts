/**
 * A model's price history as the Models screen lists it: its points by date, each marked by how it
 * stands in the chosen month, and the rules a new or moved effective date must meet.
 */
import { indexInForce } from '../../../../shared/engine/prices'
import type { Model, PricePoint } from '../../../../shared/model/types'
import { isCalendarDate } from '../../../../shared/model/validation/dates'

/** How a point stands in the chosen month: the one in force, an earlier one, or a later one. */
export type PointStatus = 'in-force' | 'superseded' | 'scheduled'

export interface PriceRow {
  modelId: string
  /** The point's index in `model.prices` (document order): its edit path and row id. */
  index: number
  price: PricePoint
  status: PointStatus
}

export const statusLabels: Record<PointStatus, string> = {
  'in-force': 'In force',
  superseded: 'Superseded',
  scheduled: 'Scheduled',
}

/**
 * The points sorted by `from` (document order among equal dates), the one in force on `date`
 * ('YYYY-MM-DD') marked as the engine chooses it: the last on or before the date, else the earliest.
 */
export function priceHistoryRows(model: Model, date: string): PriceRow[] {
  const inForce = indexInForce(model.prices, date)
  const statusOf = (price: PricePoint, index: number): PointStatus =>
    index === inForce ? 'in-force' : price.from > date ? 'scheduled' : 'superseded'
  return model.prices
    .map((price, index) => ({ modelId: model.id, index, price, status: statusOf(price, index) }))
    .sort((a, b) => (a.price.from < b.price.from ? -1 : a.price.from > b.price.from ? 1 : 0))
}

/** Why `text` is not a real day written YYYY-MM-DD, or null. */
export function dateFormatProblem(text: string): string | null {
  if (isCalendarDate(text)) return null
  const shown = text === '' ? 'nothing' : `'${text}'`
  return `expected a real date as YYYY-MM-DD (e.g. 2027-01-01), got ${shown}`
}

/**
 * Why `text` cannot be the effective date of a point of `model` (the point at `ownIndex` may keep
 * its own date), or null when it can. The reason does not name the field: callers prefix it.
 */
export function priceDateProblem(model: Model, text: string, ownIndex?: number): string | null {
  const format = dateFormatProblem(text)
  if (format !== null) return format
  const taken = model.prices.some((point, index) => index !== ownIndex && point.from === text)
  return taken
    ? `${model.name} already has a price point from ${text}; change that row instead`
    : null
}

/**
 * Why moving the points at the given indexes to new dates would leave two points of `model` on one
 * date, or null. Checks the moved points against each other and against the points left in place.
 */
export function movedDatesProblem(model: Model, moves: ReadonlyMap<number, string>): string | null {
  const dates = model.prices.map((point, index) => moves.get(index) ?? point.from)
  for (const [index, date] of moves) {
    const clash = dates.findIndex((other, at) => at !== index && other === date)
    if (clash >= 0) {
      return `${model.name} already has a price point from ${date}; change that row instead`
    }
  }
  return null
}

export interface PriceChangeDraft {
  point: PricePoint
  /** The `from` date of the point its prices were copied from; null for a model without points. */
  copiedFrom: string | null
}

/**
 * The point a price change on `date` starts as: a copy of `from` if given, else of the point in
 * force on that date, re-dated.
 */
export function priceChangeDraft(model: Model, date: string, from?: PricePoint): PriceChangeDraft {
  const index = indexInForce(model.prices, date)
  const source = from ?? (index === undefined ? undefined : model.prices[index])
  if (source === undefined) {
    return { point: { from: date, inputPerMTok: 0, outputPerMTok: 0 }, copiedFrom: null }
  }
  return { point: { ...structuredClone(source), from: date }, copiedFrom: source.from }
}
