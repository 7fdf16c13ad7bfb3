/**
 * Keeping a drawn value inside the bounds of the field it is set on (DESIGN.md §2): a lognormal's
 * tail can reach past 100 on a percent field or below 0 on a price, and the document the draw makes
 * must still be one the engine accepts.
 */
import type { NumberRange } from '../model/validation/schemaTypes'

const scratch = new Float64Array(1)
const scratchBits = new BigInt64Array(scratch.buffer)

/** The least double above `x`. */
function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE
  scratch[0] = x
  scratchBits[0] = scratchBits[0]! + (x > 0 ? 1n : -1n)
  return scratch[0]
}

const nextDown = (x: number): number => -nextUp(-x)

/** The closed interval of values a field takes: its bounds, an exclusive one moved just inside. */
export interface ValueInterval {
  least: number
  most: number
}

export function valueInterval(bounds: NumberRange): ValueInterval {
  const { min, max } = bounds
  return {
    least: min === undefined ? -Infinity : bounds.minExclusive ? nextUp(min) : min,
    most: max === undefined ? Infinity : bounds.maxExclusive ? nextDown(max) : max,
  }
}

/** `value`, or the nearest value the interval holds. */
export const clampTo = (value: number, interval: ValueInterval): number =>
  value < interval.least ? interval.least : value > interval.most ? interval.most : value
