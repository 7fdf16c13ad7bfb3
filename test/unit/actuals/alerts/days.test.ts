import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayDiff,
  dayNumber,
  dayOfNumber,
  daysInMonth,
  eachDay,
  isoWeekStart,
  monthOf,
} from '../../../../shared/actuals/days'

describe('day arithmetic on YYYY-MM-DD', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('1969-12-31')).toBe(-1)
    // 2000 and 2004 were leap years: 30 years of 365 days and 8 leap days.
    expect(dayNumber('2000-01-01')).toBe(30 * 365 + 7)
    expect(dayOfNumber(30 * 365 + 7)).toBe('2000-01-01')
  })

  it('agrees with UTC dates over ±270 years (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (number) => {
        const day = new Date(number * 86_400_000).toISOString().slice(0, 10)
        expect(dayOfNumber(number)).toBe(day)
        expect(dayNumber(day)).toBe(number)
      }),
      { numRuns: 1_000 },
    )
  })

  it('steps across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    // Jan has 31 days, Feb 2026 28: Jan 1 to Mar 1 is 59 days.
    expect(dayDiff('2026-01-01', '2026-03-01')).toBe(59)
    expect(dayDiff('2026-03-01', '2026-01-01')).toBe(-59)
  })

  it('lists every day of a range, both ends included', () => {
    expect(eachDay('2026-01-30', '2026-02-02')).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ])
    expect(eachDay('2026-01-05', '2026-01-05')).toEqual(['2026-01-05'])
    expect(eachDay('2026-01-05', '2026-01-04')).toEqual([])
  })

  it('starts ISO weeks on Monday', () => {
    // 2026-01-01 is a Thursday; 2026-01-05 a Monday, 2026-01-11 the Sunday of its week.
    expect(isoWeekStart('2026-01-01')).toBe('2025-12-29')
    expect(isoWeekStart('2026-01-05')).toBe('2026-01-05')
    expect(isoWeekStart('2026-01-11')).toBe('2026-01-05')
    expect(isoWeekStart('1969-12-31')).toBe('1969-12-29')
  })

  it('knows each month and its length', () => {
    expect(monthOf('2026-02-09')).toBe('2026-02')
    expect(daysInMonth('2024-02')).toBe(29)
    expect(daysInMonth('2100-02')).toBe(28)
    expect(daysInMonth('2000-02')).toBe(29)
    expect(daysInMonth('2026-12-15')).toBe(31)
    expect(daysInMonth('2026-04')).toBe(30)
  })
})
