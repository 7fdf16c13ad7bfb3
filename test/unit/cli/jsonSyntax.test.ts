import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../../electron/cli/jsonSyntax'

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('findJsonSyntaxError', () => {
  it('points at the line and column where the JSON breaks', () => {
    expect(findJsonSyntaxError('{\n  "format": ,\n}')).toEqual({
      line: 2,
      column: 13,
      message: "unexpected ','",
    })
    expect(findJsonSyntaxError('{"a": [1, 2')).toEqual({
      line: 1,
      column: 12,
      message: 'unexpected end of input',
    })
    expect(findJsonSyntaxError('{"tokens": NaN}')?.column).toBe(12)
    expect(findJsonSyntaxError('{"a": 1}\n{"b": 2}')).toMatchObject({ line: 2, column: 1 })
  })

  it('agrees with JSON.parse on valid JSON and on arbitrary text', () => {
    fc.assert(fc.property(fc.json(), (text) => findJsonSyntaxError(text) === null))
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ 0123456789.-+eEtrufalsn\n'.split('')) }),
        (text) => (findJsonSyntaxError(text) === null) === parses(text),
      ),
      { numRuns: 2000 },
    )
  })
})
