import { describe, expect, it } from 'vitest'
import { formatCallMoney } from '../../../shared/report/format'

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
