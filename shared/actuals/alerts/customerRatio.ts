/**
 * customer-cost-ratio (DESIGN.md §10): a customer's cost ÷ revenue over the window above the
 * rule's threshold. Without customer ids (every customer 'unassigned') cohorts stand in for them.
 */
import type { DailyFacts } from '../facts'
import { UNASSIGNED_CUSTOMER } from '../resolveRecord'
import { oneWindowEarlier, windowCostRatio } from './metrics'
import { raise, type AlertScope, type AlertSubject } from './raise'
import { totalsBy, type DayRange, type RunningTotals } from './totals'
import type { Alert } from './types'

export function customerRatioAlerts(
  scope: AlertScope,
  facts: DailyFacts,
  range: DayRange,
): Alert[] {
  const { enabled, windowDays: days, threshold } = scope.rules['customer-cost-ratio']
  if (!enabled) return []
  return ratioSubjects(facts, range).flatMap(([subject, totals]) =>
    raise(
      scope,
      'customer-cost-ratio',
      subject,
      (day) => {
        const ratio = windowCostRatio(totals, day, days)
        return ratio !== null && ratio > threshold
      },
      (day) => ({
        value: windowCostRatio(totals, day, days)!,
        threshold,
        trend: oneWindowEarlier(windowCostRatio, totals, day, days),
        driver: null,
      }),
    ),
  )
}

/**
 * The named customers (each with the cohort its rows give), or, with none named, the cohorts.
 * 'unassigned' gathers every customer a log did not name: no one customer to alert on.
 */
function ratioSubjects(facts: DailyFacts, range: DayRange): [AlertSubject, RunningTotals][] {
  const named = facts.customers.filter((row) => row.customerId !== UNASSIGNED_CUSTOMER)
  if (named.length === 0) {
    const cohorts = totalsBy(facts.cohorts, (row) => row.cohortId, range)
    return [...cohorts].map(([cohortId, totals]) => [{ cohortId }, totals])
  }
  const cohortOf = new Map<string, string>()
  for (const row of named) {
    if (row.cohortId !== null && !cohortOf.has(row.customerId)) {
      cohortOf.set(row.customerId, row.cohortId)
    }
  }
  const customers = totalsBy(named, (row) => row.customerId, range)
  return [...customers].map(([customerId, totals]) => {
    const cohortId = cohortOf.get(customerId)
    return [cohortId === undefined ? { customerId } : { customerId, cohortId }, totals]
  })
}
