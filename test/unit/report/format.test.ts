import { describe, expect, it } from 'vitest'
import { formatCallMoney, formatPctTrimmed } from '../../../shared/report/format'

describe('formatCallMoney', () => {
  it('keeps three significant digits below a cent', () => {
    expect(formatCallMoney(0.000218)).toBe('$0.000218')
    expect(formatCallMoney(0.0049999)).toBe('$0.005')
  })

  it('shows a cent and more as unit prices are shown, to four decimals', () => {
    expect(formatCallMoney(0.0105)).toBe('$0.0105')
    expect(formatCallMoney(1.23456)).toBe('$1.2346')
    expect(formatCallMoney(0)).toBe('$0.00')
  })

  it('shows a dash for no value', () => {
    expect(formatCallMoney(null)).toBe('—')
    expect(formatCallMoney(Number.NaN)).toBe('—')
  })
})

describe('formatPctTrimmed', () => {
  it('shows two decimals at most, without trailing zeros or a bare point', () => {
    expect(formatPctTrimmed(12.5)).toBe('12.5%')
    expect(formatPctTrimmed(7.25)).toBe('7.25%')
    expect(formatPctTrimmed(1.234)).toBe('1.23%')
    expect(formatPctTrimmed(3)).toBe('3%')
    expect(formatPctTrimmed(100)).toBe('100%')
    expect(formatPctTrimmed(0)).toBe('0%')
  })

  it('shows a dash for no value', () => {
    expect(formatPctTrimmed(null)).toBe('—')
    expect(formatPctTrimmed(undefined)).toBe('—')
  })
})
