/** A revenue CSV (§9 "Actual revenue") read whole into rows, each bad row rejected by line. */
import { parseRevenueRow } from '../../../shared/actuals/revenueCsv'
import type { ImportCounts, Rejection, RevenueRow } from '../../../shared/actuals/types'
import { ImportRefused } from '../../../shared/actuals/types'
import { fileKindOf } from './readUsageFile'
import { streamCsv } from './streamCsv'

export interface RevenueFile {
  rows: RevenueRow[]
  counts: ImportCounts
  rejections: Rejection[]
}

export async function readRevenueFile(file: string): Promise<RevenueFile> {
  if (fileKindOf(file) !== 'csv')
    throw new ImportRefused(`${file}: revenue is read from a CSV file`)
  const rows: RevenueRow[] = []
  const rejections: Rejection[] = []
  const counts: ImportCounts = { read: 0, matched: 0, unmatched: 0, rejected: 0, skipped: 0 }
  const reject = (rejection: Rejection) => {
    counts.rejected += 1
    rejections.push(rejection)
  }
  await streamCsv(file, {
    record({ value, line }) {
      counts.read += 1
      const outcome = parseRevenueRow(value as Record<string, string>, line)
      if (outcome.kind === 'rejected') return reject(outcome)
      counts.matched += 1
      rows.push(outcome.row)
    },
    reject(rejection) {
      counts.read += 1
      reject(rejection)
    },
  })
  return { rows, counts, rejections }
}
