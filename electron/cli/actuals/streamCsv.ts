/** A CSV file streamed row by row through papaparse: a large log never sits in memory whole. */
import { createReadStream } from 'node:fs'
import Papa from 'papaparse'
import { takeCsvRows, type CsvRowSink } from '../../../shared/actuals/read/csvRows'

export function streamCsv(file: string, sink: CsvRowSink): Promise<void> {
  return new Promise((resolve, reject) => {
    let rowsBefore = 0
    Papa.parse<Record<string, string>>(createReadStream(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
      chunk(results) {
        takeCsvRows(results, rowsBefore, sink)
        rowsBefore += results.data.length
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    })
  })
}
