/** The standard normal distribution: its density and its inverse CDF, for lognormal ranges. */
import { exp, ln } from '../portableMath'

/** Σ coefficients[i]·x^i by Horner's rule. */
function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + coefficients[i]!
  return value
}

// Wichura's AS241 (PPND16) coefficients, lowest degree first: relative accuracy about 1e-16.
const CENTRAL_NUMERATOR = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
]
const CENTRAL_DENOMINATOR = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
]
const NEAR_NUMERATOR = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
]
const NEAR_DENOMINATOR = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
]
const FAR_NUMERATOR = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
]
const FAR_DENOMINATOR = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
]

/** The z with Φ(z) = p, for p in (0, 1) (Wichura 1988, AS241). */
export function inverseNormalCdf(p: number): number {
  const q = p - 0.5
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q
    return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r)
  }
  const tail = Math.sqrt(-ln(q < 0 ? p : 1 - p))
  const z =
    tail <= 5
      ? polynomial(NEAR_NUMERATOR, tail - 1.6) / polynomial(NEAR_DENOMINATOR, tail - 1.6)
      : polynomial(FAR_NUMERATOR, tail - 5) / polynomial(FAR_DENOMINATOR, tail - 5)
  return q < 0 ? -z : z
}

const ONE_OVER_ROOT_TWO_PI = 1 / Math.sqrt(2 * Math.PI)

/** φ(z): the standard normal density. */
export const normalDensity = (z: number): number => ONE_OVER_ROOT_TWO_PI * exp(-0.5 * z * z)
