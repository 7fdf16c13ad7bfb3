/**
 * The shapes a range can take (DESIGN.md §11): each one's inverse CDF, which turns a draw's uniform
 * into a value, its density for the range editor's preview, and the value it stands for in the
 * plan. A zero-width range (low = high) is that one value whatever its shape.
 */
import { exp, ln } from '../portableMath'
import type { Range } from '../model/types'
import { betaDensity, inverseBetaCdf } from './beta'
import { inverseNormalCdf, normalDensity } from './normal'

/** z of the 95th percentile: a lognormal range reads low and high as its P5 and P95. */
const Z_95 = 1.6448536269514722

/** PERT's weight on the likely value: the Beta's α and β sum to this plus 2. */
const PERT_WEIGHT = 4

/** The lognormal whose 5th and 95th percentiles are low and high: ln X ~ N(μ, σ²). */
function lognormalParameters(range: Range): { mu: number; sigma: number } {
  const lnLow = ln(range.low)
  const lnHigh = ln(range.high)
  return { mu: (lnLow + lnHigh) / 2, sigma: (lnHigh - lnLow) / (2 * Z_95) }
}

/** PERT's Beta parameters: α = 1 + 4(likely − low)/(high − low), β = 1 + 4(high − likely)/(high − low). */
function pertParameters(range: Range): { alpha: number; beta: number } {
  const width = range.high - range.low
  return {
    alpha: 1 + (PERT_WEIGHT * (range.likely - range.low)) / width,
    beta: 1 + (PERT_WEIGHT * (range.high - range.likely)) / width,
  }
}

const within = (value: number, range: Range): number =>
  Math.min(range.high, Math.max(range.low, value))

function triangularQuantile(range: Range, u: number): number {
  const { low, likely, high } = range
  const width = high - low
  return u < (likely - low) / width
    ? low + Math.sqrt(u * width * (likely - low))
    : high - Math.sqrt((1 - u) * width * (high - likely))
}

/**
 * The value at quantile u in (0, 1) of the range's distribution. Bounded shapes stay within
 * [low, high] (a rounding past an end is clamped); a lognormal reaches past both ends.
 */
export function rangeQuantile(range: Range, u: number): number {
  if (range.low === range.high) return range.low
  switch (range.shape) {
    case 'uniform':
      return within(range.low + u * (range.high - range.low), range)
    case 'triangular':
      return within(triangularQuantile(range, u), range)
    case 'pert': {
      const { alpha, beta } = pertParameters(range)
      return within(range.low + inverseBetaCdf(u, alpha, beta) * (range.high - range.low), range)
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParameters(range)
      return exp(mu + sigma * inverseNormalCdf(u))
    }
  }
}

/** The value a range stands for in the plan: its likely value; a lognormal's median √(low·high). */
export function likelyValueOf(range: Range): number {
  if (range.shape !== 'lognormal') return range.likely
  return range.low === range.high ? range.low : Math.sqrt(range.low * range.high)
}

function density(range: Range, x: number): number {
  const { low, likely, high } = range
  const width = high - low
  switch (range.shape) {
    case 'uniform':
      return 1 / width
    case 'triangular':
      if (x < likely) return (2 * (x - low)) / (width * (likely - low))
      if (x > likely) return (2 * (high - x)) / (width * (high - likely))
      return 2 / width
    case 'pert': {
      const { alpha, beta } = pertParameters(range)
      return betaDensity((x - low) / width, alpha, beta) / width
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParameters(range)
      return normalDensity((ln(x) - mu) / sigma) / (x * sigma)
    }
  }
}

/** Where a lognormal's preview starts and ends: all but its outermost 0.5% either side. */
const LOGNORMAL_PREVIEW_TAIL = 0.005

/**
 * The density of a range at `points` evenly spaced values, for the range editor's small chart:
 * from low to high, or for a lognormal over its central 99%. A zero-width range is one point.
 */
export function rangeDensity(range: Range, points = 60): { x: number[]; y: number[] } {
  if (!Number.isInteger(points) || points < 2) {
    throw new Error(`points must be a whole number of at least 2, got ${points}`)
  }
  if (range.low === range.high) return { x: [range.low], y: [1] }
  const from =
    range.shape === 'lognormal' ? rangeQuantile(range, LOGNORMAL_PREVIEW_TAIL) : range.low
  const to =
    range.shape === 'lognormal' ? rangeQuantile(range, 1 - LOGNORMAL_PREVIEW_TAIL) : range.high
  const x = Array.from({ length: points }, (_, i) =>
    i === points - 1 ? to : from + ((to - from) * i) / (points - 1),
  )
  return { x, y: x.map((value) => density(range, value)) }
}
