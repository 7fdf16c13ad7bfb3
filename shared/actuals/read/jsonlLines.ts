/**
 * JSON Lines read incrementally: the Node CLI feeds file chunks, the browser worker feeds a
 * stream's text; both get each complete line with its line number, whatever the chunk boundaries.
 */
import type { Rejection, RawRecord } from '../types'

export interface Line {
  /** From 1, counting blank lines. */
  line: number
  text: string
}

export interface LineReader {
  /** The lines a chunk completes; a line cut by the chunk's end waits for the next chunk. */
  push(chunk: string): Line[]
  /** The last line, when the file does not end with a newline. */
  end(): Line[]
}

/** Lines split on \n with a trailing \r dropped (Windows files); blank lines are not returned. */
export function jsonlLines(): LineReader {
  let pending = ''
  let lineNumber = 0
  const complete = (text: string): Line[] => {
    lineNumber += 1
    const trimmed = (lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text).replace(/\r$/, '')
    return trimmed.trim() === '' ? [] : [{ line: lineNumber, text: trimmed }]
  }
  return {
    push(chunk) {
      const parts = (pending + chunk).split('\n')
      pending = parts.pop() ?? ''
      return parts.flatMap(complete)
    },
    end() {
      const last = pending
      pending = ''
      return last === '' ? [] : complete(last)
    },
  }
}

export type LineOutcome = { kind: 'record'; record: RawRecord } | ({ kind: 'rejected' } & Rejection)

/** A line's JSON as a raw record, or the line rejected when it is not JSON. */
export function jsonlRecord(line: Line): LineOutcome {
  try {
    return { kind: 'record', record: { value: JSON.parse(line.text) as unknown, line: line.line } }
  } catch {
    return { kind: 'rejected', line: line.line, message: 'the line is not valid JSON' }
  }
}
