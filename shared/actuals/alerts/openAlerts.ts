/** The alerts still open: what the Actuals view lists first. */
import type { Alert } from './types'

/**
 * Alerts open on `asOf` (opened on or before it, not closed by it); without `asOf`, those open
 * on the last day of data (closedOn null).
 */
export function openAlerts(alerts: readonly Alert[], asOf?: string): Alert[] {
  return alerts.filter((alert) =>
    asOf === undefined
      ? alert.closedOn === null
      : alert.openedOn <= asOf && (alert.closedOn === null || alert.closedOn > asOf),
  )
}
