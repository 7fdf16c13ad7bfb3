/**
 * The rows of one papaparse chunk (header mode) as raw records, each with its line, in the CLI's
 * stream and the renderer's worker alike. papaparse pads a short row and collects a long one's
 * extra cells: a row whose field count differs from the header's is a cut or shifted line, rejected
 * rather than guessed. Lines are rows + 1 (the header): exact unless a quoted cell breaks a line.
 */
import type { ParseResult } from 'papaparse'
import type { RawRecord, Rejection } from '../types'

export interface CsvRowSink {
  record(record: RawRecord): void
  reject(rejection: Rejection): void
  /** True once the reader wants no more rows (a preview that has enough). */
  full?(): boolean
}

/** `rowsBefore`: the data rows of the earlier chunks. */
export function takeCsvRows(
  results: ParseResult<Record<string, string>>,
  rowsBefore: number,
  sink: CsvRowSink,
): void {
  const mismatched = new Map(
    results.errors
      .filter((error) => error.type === 'FieldMismatch' && error.row !== undefined)
      .map((error) => [error.row, error.message]),
  )
  for (const [index, value] of results.data.entries()) {
    if (sink.full?.() === true) return
    const line = rowsBefore + index + 2
    // papaparse numbers a streamed file's rows from its start, not the chunk's.
    const problem = mismatched.get(rowsBefore + index)
    if (problem === undefined) sink.record({ value, line })
    else sink.reject({ line, message: `${problem} (a cut or shifted line)` })
  }
}
