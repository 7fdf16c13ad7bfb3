import { describe, expect, it } from 'vitest'
import { parseNumberInput, type NumberKind } from '../../../renderer/src/grids/parseInput'

function value(raw: string, kind: NumberKind = 'number'): number | null {
  const parsed = parseNumberInput(raw, kind)
  if (!parsed.ok) throw new Error(`expected '${raw}' to parse, got: ${parsed.reason}`)
  return parsed.value
}

function reason(raw: string, kind: NumberKind = 'number'): string {
  const parsed = parseNumberInput(raw, kind)
  if (parsed.ok) throw new Error(`expected '${raw}' to be refused, got ${parsed.value}`)
  return parsed.reason
}

describe('parseNumberInput: accepted forms', () => {
  it.each([
    ['42', 42],
    ['  42  ', 42],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['+7', 7],
    ['-3.25', -3.25],
    ['\u22123', -3],
    ['1e6', 1_000_000],
    ['1,200', 1200],
    ['1,234,567.5', 1_234_567.5],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['12 345 678', 12_345_678],
    ['2.5k', 2500],
    ['2.5K', 2500],
    ['1.2M', 1_200_000],
    ['3B', 3_000_000_000],
    ['0.1k', 100],
    ['(500)', -500],
  ])('%s → %d', (raw, expected) => {
    expect(value(raw)).toBe(expected)
  })

  it('reads dollar amounts in money fields, negatives in every spelling', () => {
    expect(value('$1,200', 'money')).toBe(1200)
    expect(value('$0.0123', 'money')).toBe(0.0123)
    expect(value('-$500', 'money')).toBe(-500)
    expect(value('$-500', 'money')).toBe(-500)
    expect(value('($500)', 'money')).toBe(-500)
  })

  it('reads percent fields as the percent value the document holds (12% is 12)', () => {
    expect(value('12%', 'percent')).toBe(12)
    expect(value('12.5 %', 'percent')).toBe(12.5)
    expect(value('12', 'percent')).toBe(12)
    expect(value('0.12', 'percent')).toBe(0.12)
  })

  it('accepts whole numbers in integer fields, suffixes included', () => {
    expect(value('3', 'integer')).toBe(3)
    expect(value('2.5k', 'integer')).toBe(2500)
  })

  it('gives null for blank input so the caller decides whether the field may be cleared', () => {
    expect(value('')).toBeNull()
    expect(value('   ')).toBeNull()
  })

  it('never returns negative zero', () => {
    expect(Object.is(value('(0)'), 0)).toBe(true)
    expect(Object.is(value('-0'), 0)).toBe(true)
  })
})

describe('parseNumberInput: refused forms, each with its reason', () => {
  it('refuses text', () => {
    expect(reason('abc')).toBe("'abc' is not a number")
    expect(reason('12abc')).toContain('is not a number')
    expect(reason('1.2.3')).toContain('is not a number')
    expect(reason('1,000.2.3')).toContain('is not a number')
  })

  it('refuses separators that could be read two ways', () => {
    expect(reason('1,2')).toContain('ambiguous separators')
    expect(reason('1,20')).toContain('ambiguous separators')
    expect(reason('1.200,50')).toContain('ambiguous separators')
    expect(reason('12,34,567')).toContain('ambiguous separators')
    expect(reason('1 200,5')).toContain('ambiguous separators')
  })

  it("refuses lowercase 'm', which could mean thousands (mille) or millions", () => {
    expect(reason('5m')).toContain("write 'M' for millions")
  })

  it('refuses a unit that does not belong to the field', () => {
    expect(reason('12%', 'money')).toContain('is a percent')
    expect(reason('12%')).toContain('is a percent')
    expect(reason('$12', 'percent')).toContain('dollar amount')
    expect(reason('5k%', 'percent')).toContain('suffix')
  })

  it('refuses fractions in whole-number fields', () => {
    expect(reason('2.5', 'integer')).toBe("'2.5' must be a whole number")
  })

  it('refuses double negatives and overflow', () => {
    expect(reason('(-5)')).toContain('two minus signs')
    expect(reason('1e999')).toContain('too large')
  })
})
