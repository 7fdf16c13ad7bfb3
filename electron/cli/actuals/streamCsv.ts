/**
 * A CSV file streamed row by row through papaparse: a large log never sits in memory whole.
 * papaparse fills missing cells with nothing and puts extra ones in `__parsed_extra`: a row whose
 * field count differs from the header's is a cut or shifted line, rejected rather than guessed.
 * Lines are counted as rows + 1 (the header): exact unless a quoted cell holds a line break.
 */
import { createReadStream } from 'node:fs'
import Papa from 'papaparse'
import type { Rejection } from '../../../shared/actuals/types'

export interface CsvRowSink {
  row(values: Record<string, string>, line: number): void
  reject(rejection: Rejection): void
}

export function streamCsv(file: string, sink: CsvRowSink): Promise<void> {
  return new Promise((resolve, reject) => {
    let rowsBefore = 0
    Papa.parse<Record<string, string>>(createReadStream(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
      chunk(results) {
        const mismatched = new Map(
          results.errors
            .filter((error) => error.type === 'FieldMismatch' && error.row !== undefined)
            .map((error) => [error.row, error.message]),
        )
        results.data.forEach((values, index) => {
          const line = rowsBefore + index + 2
          // papaparse numbers a streamed file's rows from its start, not the chunk's.
          const problem = mismatched.get(rowsBefore + index)
          if (problem === undefined) sink.row(values, line)
          else sink.reject({ line, message: `${problem} (a cut or shifted line)` })
        })
        rowsBefore += results.data.length
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    })
  })
}
