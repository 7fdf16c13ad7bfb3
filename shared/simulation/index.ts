/** Monte Carlo over a workspace's ranges (DESIGN.md §11). */
export { simulate, type SimulationHooks } from './simulate'
export { effectiveRanges, rangesInForce, type RangeInForce } from './effectiveRanges'
export { likelyValueOf, rangeDensity, rangeQuantile } from './distributions'
export type * from './types'
export { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MAX_SEED } from './types'
