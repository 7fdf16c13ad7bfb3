/**
 * One row of an imported revenue CSV (§9 "Actual revenue"): `date, customerId | cohortId, amount,
 * featureId?`. Headers are matched ignoring case, spaces and underscores (`customer_id`,
 * `Customer ID`). Amounts may be negative: a refund takes revenue back.
 */
import { decimal, FieldError, utcDay } from './formats/fields'
import type { Rejection, RevenueRow } from './types'

export type RevenueOutcome = { kind: 'row'; row: RevenueRow } | ({ kind: 'rejected' } & Rejection)

const normalised = (header: string): string => header.toLowerCase().replace(/[\s_-]/g, '')

/** The row's cells by normalised header; blank cells left out. */
function cells(row: Readonly<Record<string, string | undefined>>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [header, value] of Object.entries(row)) {
    if (value !== undefined && value.trim() !== '') map.set(normalised(header), value.trim())
  }
  return map
}

function read(row: Readonly<Record<string, string | undefined>>): RevenueRow {
  const cell = cells(row)
  const customerId = cell.get('customerid') ?? null
  const cohortId = cell.get('cohortid') ?? null
  if (customerId === null && cohortId === null) {
    throw new FieldError('customerId and cohortId are both empty, expected one of them')
  }
  const amount = cell.get('amount')
  if (amount === undefined) throw new FieldError('amount is missing, expected a number')
  return {
    day: utcDay(cell.get('date'), 'date'),
    customerId,
    cohortId,
    featureId: cell.get('featureid') ?? null,
    amount: decimal(amount, 'amount'),
  }
}

/** A revenue CSV row (header keys, string values as papaparse gives them) read, or rejected. */
export function parseRevenueRow(
  row: Readonly<Record<string, string | undefined>>,
  line: number,
): RevenueOutcome {
  try {
    return { kind: 'row', row: read(row) }
  } catch (error) {
    if (error instanceof FieldError) return { kind: 'rejected', line, message: error.message }
    throw error
  }
}
