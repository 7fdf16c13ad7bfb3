/**
 * The Beta distribution on [0, 1] for PERT ranges: its density, its CDF (the regularized
 * incomplete beta function) and the inverse of that CDF. PERT's shape parameters lie in [1, 5]
 * (α + β = 6), where the density is bounded and both functions are smooth.
 */

import { exp, ln, log1p, pow } from '../portableMath'

// Lanczos's approximation of ln Γ (g = 7, 9 terms): relative error about 1e-15 for x ≥ 0.5.
const LANCZOS_G = 7
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
]
const HALF_LN_TWO_PI = 0.5 * ln(2 * Math.PI)

/** ln Γ(x) for x ≥ 0.5 (PERT's parameters are at least 1). */
function logGamma(x: number): number {
  const z = x - 1
  let sum = LANCZOS[0]!
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i)
  const t = z + LANCZOS_G + 0.5
  return HALF_LN_TWO_PI + (z + 0.5) * ln(t) - t + ln(sum)
}

/** A Beta distribution's parameters and ln B(α, β), worked out once per evaluation. */
interface BetaShape {
  alpha: number
  beta: number
  logB: number
}

const shapeOf = (alpha: number, beta: number): BetaShape => ({
  alpha,
  beta,
  logB: logGamma(alpha) + logGamma(beta) - logGamma(alpha + beta),
})

function densityOf(x: number, { alpha, beta, logB }: BetaShape): number {
  if (x < 0 || x > 1) return 0
  // At an end, x^0 is 1 even where the log form would read 0·ln 0.
  const left = alpha === 1 ? 1 : pow(x, alpha - 1)
  const right = beta === 1 ? 1 : pow(1 - x, beta - 1)
  return (left * right) / exp(logB)
}

/** The Beta(α, β) density at x in [0, 1]. */
export const betaDensity = (x: number, alpha: number, beta: number): number =>
  densityOf(x, shapeOf(alpha, beta))

const FRACTION_EPSILON = 1e-16
const FRACTION_TINY = 1e-300
const FRACTION_MAX_TERMS = 300

/** The continued fraction of I_x(α, β) (Numerical Recipes' betacf, modified Lentz). */
function betaFraction(x: number, alpha: number, beta: number): number {
  const sum = alpha + beta
  const up = alpha + 1
  const down = alpha - 1
  let c = 1
  let d = 1 - (sum * x) / up
  if (Math.abs(d) < FRACTION_TINY) d = FRACTION_TINY
  d = 1 / d
  let h = d
  for (let m = 1; m <= FRACTION_MAX_TERMS; m++) {
    const m2 = 2 * m
    // The even step.
    let a = (m * (beta - m) * x) / ((down + m2) * (alpha + m2))
    d = 1 + a * d
    if (Math.abs(d) < FRACTION_TINY) d = FRACTION_TINY
    c = 1 + a / c
    if (Math.abs(c) < FRACTION_TINY) c = FRACTION_TINY
    d = 1 / d
    h *= d * c
    // The odd step.
    a = (-(alpha + m) * (sum + m) * x) / ((alpha + m2) * (up + m2))
    d = 1 + a * d
    if (Math.abs(d) < FRACTION_TINY) d = FRACTION_TINY
    c = 1 + a / c
    if (Math.abs(c) < FRACTION_TINY) c = FRACTION_TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < FRACTION_EPSILON) break
  }
  return h
}

/** I_x(α, β): the Beta(α, β) CDF at x. */
function cdfOf(x: number, { alpha, beta, logB }: BetaShape): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = exp(alpha * ln(x) + beta * log1p(-x) - logB)
  // The fraction converges fast below the mean-ish point; above it, use the mirror identity.
  return x < (alpha + 1) / (alpha + beta + 2)
    ? (front * betaFraction(x, alpha, beta)) / alpha
    : 1 - (front * betaFraction(1 - x, beta, alpha)) / beta
}

/** When the inverse stops: far below the 1e-10 a percentile needs. */
const INVERSE_TOLERANCE = 1e-15
const INVERSE_MAX_STEPS = 200

/**
 * The x with I_x(α, β) = p, p in (0, 1): Newton steps from the mean, kept inside a bracket that
 * every step narrows, with bisection whenever Newton would leave it.
 */
export function inverseBetaCdf(p: number, alpha: number, beta: number): number {
  // Upper quantiles are solved in the mirrored distribution, where they are lower ones: near 1 the
  // CDF reads 1 − tiny, and solving there would lose the tiny part's digits.
  if (p > 0.5) return 1 - inverseBetaCdf(1 - p, beta, alpha)
  const shape = shapeOf(alpha, beta)
  let low = 0
  let high = 1
  let x = alpha / (alpha + beta)
  for (let step = 0; step < INVERSE_MAX_STEPS; step++) {
    const error = cdfOf(x, shape) - p
    if (error === 0) return x
    if (error < 0) low = x
    else high = x
    const newton = x - error / densityOf(x, shape)
    if (newton > low && newton < high) {
      // Newton has converged when its step no longer moves x beyond rounding.
      if (Math.abs(newton - x) <= INVERSE_TOLERANCE * x) return newton
      x = newton
    } else {
      x = (low + high) / 2
    }
    if (high - low <= INVERSE_TOLERANCE) break
  }
  return x
}
