/**
 * One-dimensional root finding for goal seek: scan outward from a start value for a sign change,
 * then close in with Brent's method. The function may be undefined at some points (`null`, e.g. a
 * margin where revenue is 0): such points never bound a bracket.
 */

/** The residual at x (metric − target), or null where the metric is undefined. */
export type Residual = (x: number) => number | null

export interface RootSearch {
  lo: number
  hi: number
  /** Where the scan starts (clamped into [lo, hi]): the root nearest to it is found first. */
  start: number
  /** A residual this small counts as a hit. */
  tolerance: number
}

export interface Probe {
  x: number
  fx: number
}

/** `root` is set when |f| ≤ tolerance was reached; `closest` is the best point evaluated anyway. */
export interface RootOutcome {
  root: Probe | null
  closest: Probe | null
}

/** How much tighter than the tolerance Brent aims once it has a bracket. */
const POLISH = 1e-3
/** Brent halves at worst every other step: this reaches float resolution of any bracket. */
const MAX_BRENT_STEPS = 300
/** Doubling steps from a quarter of the start value: 2^60 times it is beyond any real input. */
const MAX_DOUBLINGS = 60
/** Halvings of the gap left before a bound: down to a millionth of the searched range. */
const MAX_HALVINGS = 20

export function findRoot(f: Residual, search: RootSearch): RootOutcome {
  const { lo, hi, tolerance } = search
  const start = Math.min(hi, Math.max(lo, search.start))
  const tracker = new ClosestTracker(f, start)

  const origin = tracker.probe(start)
  if (origin && Math.abs(origin.fx) <= tolerance) return { root: origin, closest: origin }

  const up = scanSide(outwardPoints(start, hi), origin, tracker, tolerance)
  const down = scanSide(outwardPoints(start, lo), origin, tracker, tolerance)
  // Alternate sides so the crossing nearest to the start value is found first.
  for (;;) {
    const a = up.next()
    if (!a.done && a.value) return settle(a.value, tracker, tolerance)
    const b = down.next()
    if (!b.done && b.value) return settle(b.value, tracker, tolerance)
    if (a.done && b.done) return { root: null, closest: tracker.closest }
  }
}

/** Evaluates f and remembers the point with the smallest residual. */
class ClosestTracker {
  closest: Probe | null = null

  constructor(
    private readonly f: Residual,
    private readonly start: number,
  ) {}

  probe(x: number): Probe | null {
    const fx = this.f(x)
    if (fx === null || !Number.isFinite(fx)) return null
    const p = { x, fx }
    if (this.closest === null || this.isCloser(p, this.closest)) this.closest = p
    return p
  }

  private isCloser(p: Probe, q: Probe): boolean {
    const d = Math.abs(p.fx) - Math.abs(q.fx)
    if (d !== 0) return d < 0
    // Equally close: prefer the input nearest to where the search started.
    return Math.abs(p.x - this.start) < Math.abs(q.x - this.start)
  }
}

/** What a side scan yields per point: a hit, a bracket with a sign change, or nothing yet. */
type ScanStep = { hit: Probe } | { bracket: [Probe, Probe] } | null

function* scanSide(
  points: number[],
  origin: Probe | null,
  tracker: ClosestTracker,
  tolerance: number,
): Generator<ScanStep, void> {
  let previous = origin
  for (const x of points) {
    const p = tracker.probe(x)
    if (p && Math.abs(p.fx) <= tolerance) {
      yield { hit: p }
      return
    }
    if (p && previous && Math.sign(p.fx) !== Math.sign(previous.fx)) {
      yield { bracket: [previous, p] }
      return
    }
    // An undefined point breaks the chain: a sign change across it is not a crossing.
    previous = p
    yield null
  }
}

function settle(step: Exclude<ScanStep, null>, tracker: ClosestTracker, tolerance: number) {
  if ('hit' in step) return { root: step.hit, closest: step.hit }
  // Polish well past the tolerance while the bracket allows: a hit then sits far inside it.
  const best = brent(step.bracket[0], step.bracket[1], tracker, tolerance * POLISH)
  return { root: Math.abs(best.fx) <= tolerance ? best : null, closest: tracker.closest }
}

/**
 * Points from `start` towards `end`: doubling steps (from a quarter of the start's magnitude)
 * while far from `end`, then halving the gap left, so a bound where the metric may be undefined
 * (a price of 0) is approached geometrically rather than jumped onto, then `end` itself.
 */
function outwardPoints(start: number, end: number): number[] {
  const gap = Math.abs(end - start)
  if (gap === 0) return []
  const direction = Math.sign(end - start)
  const points: number[] = []
  let offset = Math.max(Math.abs(start), 1) / 4
  for (let i = 0; i < MAX_DOUBLINGS && offset < gap / 2; i++, offset *= 2) {
    points.push(start + direction * offset)
  }
  let remaining = Math.abs(end - (points.at(-1) ?? start))
  for (let i = 0; i < MAX_HALVINGS; i++) {
    remaining /= 2
    points.push(end - direction * remaining)
  }
  points.push(end)
  return points
}

/** Brent's method on a bracket with a sign change; returns the best point found. */
function brent(p0: Probe, p1: Probe, tracker: ClosestTracker, tolerance: number): Probe {
  let [a, fa, b, fb] = [p0.x, p0.fx, p1.x, p1.fx]
  if (Math.abs(fa) < Math.abs(fb)) [a, fa, b, fb] = [b, fb, a, fa]
  let [c, fc, d] = [a, fa, a]
  let bisected = true
  for (let i = 0; i < MAX_BRENT_STEPS; i++) {
    if (Math.abs(fb) <= tolerance) break
    if (Math.abs(b - a) <= 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b))) break
    let s =
      fa !== fc && fb !== fc
        ? (a * fb * fc) / ((fa - fb) * (fa - fc)) +
          (b * fa * fc) / ((fb - fa) * (fb - fc)) +
          (c * fa * fb) / ((fc - fa) * (fc - fb))
        : b - (fb * (b - a)) / (fb - fa)
    const m = (3 * a + b) / 4
    const tiny = 2 * Number.EPSILON * Math.abs(b)
    const step: number = bisected ? Math.abs(b - c) : Math.abs(c - d)
    bisected =
      !Number.isFinite(s) ||
      !((s > m && s < b) || (s < m && s > b)) ||
      Math.abs(s - b) >= step / 2 ||
      step < tiny
    if (bisected) s = (a + b) / 2
    const ps = tracker.probe(s)
    // Undefined inside the bracket: the metric is not continuous here, stop with the best so far.
    if (ps === null) break
    ;[d, c, fc] = [c, b, fb]
    if (Math.sign(fa) !== Math.sign(ps.fx)) [b, fb] = [ps.x, ps.fx]
    else [a, fa] = [ps.x, ps.fx]
    if (Math.abs(fa) < Math.abs(fb)) [a, fa, b, fb] = [b, fb, a, fa]
  }
  return { x: b, fx: fb }
}
