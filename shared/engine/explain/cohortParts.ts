/**
 * Pieces of a cohort's month that several explanations show: its name, seats, a feature's usage
 * lines and a line's units.
 */
import type { CohortMonth, UsageLine } from '../monthLedger'
import type { ExplainContext, FeatureAt } from './context'
import { cohortCell, usageCell } from './targets'
import type { Term } from './types'

export const cohortName = (context: ExplainContext, cohortId: string): string =>
  context.compiled.doc.cohorts.find((cohort) => cohort.id === cohortId)?.name ?? cohortId

/** The feature's usage lines with the cohort month each belongs to, and its index there. */
export function linesOf(context: ExplainContext, feature: FeatureAt) {
  return context.ledger.cohorts.flatMap((month) =>
    month.lines.flatMap((line, index) =>
      line.usage.feature === feature.index ? [{ month, line, index }] : [],
    ),
  )
}

/** seats = customers · seatsPerCustomer (customers grown to the month). */
export function seatsTerm(month: CohortMonth): Term {
  const cohortId = month.cohort.id
  return {
    key: 'seats',
    label: 'Seats',
    value: month.seats,
    format: 'count',
    explain: {
      label: 'Seats',
      value: month.seats,
      format: 'count',
      formula: '{customers} × {perCustomer}',
      terms: [
        {
          key: 'customers',
          label: 'Customers',
          value: month.customers,
          format: 'count',
          target: cohortCell(cohortId, 'customers'),
        },
        {
          key: 'perCustomer',
          label: 'Seats / customer',
          value: month.cohort.seatsPerCustomer,
          format: 'count',
          target: cohortCell(cohortId, 'seatsPerCustomer'),
        },
      ],
    },
  }
}

/** units = seats · unitsPerSeat of one cohort's use of one feature. */
export function lineUnitsTerm(month: CohortMonth, line: UsageLine, featureId: string): Term {
  return {
    key: 'units',
    label: 'Units / month',
    value: line.units,
    format: 'count',
    explain: {
      label: 'Units / month',
      value: line.units,
      format: 'count',
      formula: '{seats} × {perSeat}',
      terms: [
        seatsTerm(month),
        {
          key: 'perSeat',
          label: 'Units / seat',
          value: line.usage.unitsPerSeat,
          format: 'count',
          target: usageCell(month.cohort.id, featureId, 'unitsPerSeat'),
        },
      ],
    },
  }
}
