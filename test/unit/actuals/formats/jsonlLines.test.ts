import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonlLines, jsonlRecord, type Line } from '../../../../shared/actuals/read/jsonlLines'

/** All lines of `text` fed in the given chunks. */
function readAll(chunks: readonly string[]): Line[] {
  const reader = jsonlLines()
  return [...chunks.flatMap((chunk) => reader.push(chunk)), ...reader.end()]
}

/** `text` cut at the given offsets. */
function cut(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b)
  return [0, ...points].map((start, i) => text.slice(start, points[i] ?? text.length))
}

describe('jsonlLines', () => {
  it('numbers lines from 1, skips blank ones, drops \\r and reads a last line without newline', () => {
    expect(readAll(['{"a":1}\r\n\r\n{"b":', '2}\n  \n{"c":3}'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 3, text: '{"b":2}' },
      { line: 5, text: '{"c":3}' },
    ])
  })

  it('drops a byte-order mark and keeps a \\r\\n cut between chunks whole', () => {
    expect(readAll(['\uFEFF{"a":1}\r', '\n{"b":2}\r', '\n'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":2}' },
    ])
  })

  it('gives the same lines wherever the chunks are cut', () => {
    let runs = 0
    const line = fc.oneof(fc.constant(''), fc.json({ maxDepth: 1 }))
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (lines, newline, trailing, offsets) => {
          runs += 1
          const text = lines.join(newline) + (trailing ? newline : '')
          const expected = lines.flatMap((t, i) =>
            t.trim() === '' ? [] : [{ line: i + 1, text: t }],
          )
          expect(readAll(cut(text, offsets))).toEqual(expected)
        },
      ),
      { numRuns: 100 },
    )
    expect(runs).toBe(100)
  })
})

describe('jsonlRecord', () => {
  it('reads a line’s JSON, or rejects the line by number', () => {
    expect(jsonlRecord({ line: 4, text: '{"id":1}' })).toEqual({
      kind: 'record',
      record: { value: { id: 1 }, line: 4 },
    })
    expect(jsonlRecord({ line: 9, text: '{"id":' })).toEqual({
      kind: 'rejected',
      line: 9,
      message: 'the line is not valid JSON',
    })
  })
})
