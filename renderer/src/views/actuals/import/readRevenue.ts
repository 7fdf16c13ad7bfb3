/** A revenue CSV read whole in the import worker: its rows, and the rows rejected with their line. */
import { parseRevenueRow } from '../../../../../shared/actuals/revenueCsv'
import type { Rejection } from '../../../../../shared/actuals/types'
import { readRecords } from './readRecords'
import type { RevenueRead } from './workerProtocol'

export async function readRevenue(file: File): Promise<RevenueRead> {
  const read: RevenueRead = {
    rows: [],
    rejections: [],
    counts: { read: 0, matched: 0, unmatched: 0, rejected: 0, skipped: 0 },
  }
  const reject = ({ line, message }: Rejection) => {
    read.counts.rejected += 1
    read.rejections.push({ line, message })
  }
  await readRecords(file, 'csv', 'csv', {
    record: ({ value, line }) => {
      read.counts.read += 1
      const outcome = parseRevenueRow(value as Record<string, string>, line)
      if (outcome.kind === 'rejected') return reject(outcome)
      read.counts.matched += 1
      read.rows.push(outcome.row)
    },
    reject: (rejection) => {
      read.counts.read += 1
      reject(rejection)
    },
    progress: () => undefined,
    full: () => false,
  })
  return read
}
