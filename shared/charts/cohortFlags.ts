import type { CohortFlag } from '../engine/results'

/** Cohort flags (§3) in words, for hovers and the attention list. */
export const cohortFlagText: Record<CohortFlag, string> = {
  'cost-to-revenue-above-0.8': 'costs above 80% of revenue',
  'no-revenue': 'costs with no revenue',
}
