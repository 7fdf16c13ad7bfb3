import { describe, expect, it } from 'vitest'
import { FieldError, tokens, usd, utcDay } from '../../../../shared/actuals/formats/fields'

describe('utcDay', () => {
  it.each([
    ['2026-11-02', '2026-11-02'],
    ['2026-11-02 23:59:59.999999', '2026-11-02'], // Langfuse: UTC, no zone
    ['2026-11-02T23:30:00-01:00', '2026-11-03'],
    ['2026-11-03T00:30:00+0200', '2026-11-02'],
    ['2026-11-02T10:00:00Z', '2026-11-02'],
    [1793577600, '2026-11-02'], // seconds
    [1793663999999, '2026-11-02'], // milliseconds
    ['1793663999999999999', '2026-11-02'], // nanoseconds, the day's last
    ['1793664000000000000', '2026-11-03'],
    [1767225600, '2026-01-01'], // seconds: 20,454 days of 86,400 s since 1970
    ['1767225600', '2026-01-01'],
    ['20260315', '2026-03-15'], // 8 digits: YYYYMMDD
    [' 20240229 ', '2024-02-29'],
    ['2000-01-01', '2000-01-01'], // the first day read
    ['2100-12-31T23:59:59Z', '2100-12-31'], // and the last
  ])('reads %s as %s', (value, day) => {
    expect(utcDay(value, 'time')).toBe(day)
  })

  it.each(['2026-02-29', '2026-11-02T24:00:00Z', 'tomorrow', '', null, 1e300])(
    'refuses %s, naming the field',
    (value) => {
      expect(() => utcDay(value, 'start_time')).toThrow(FieldError)
      expect(() => utcDay(value, 'start_time')).toThrow(/^start_time is /)
    },
  )

  it('refuses 8 digits that are no calendar date', () => {
    for (const value of ['20261332', '20260229', '20260100']) {
      expect(() => utcDay(value, 'date')).toThrow(
        `date is "${value}", expected a YYYYMMDD date such as 20261102`,
      )
    }
  })

  it('refuses a day before 2000 or after 2100, saying what the value read as', () => {
    // An Excel serial read as epoch seconds: 45,658 s is half a day into 1970.
    expect(() => utcDay('45658', 'start_time')).toThrow(
      'start_time is "45658", which reads as 1970-01-01: expected a day from 2000-01-01 to 2100-12-31',
    )
    // 20,260,315 s is 234 days and 42,715 s: 1970-01-01 + 234 days is 1970-08-23.
    expect(() => utcDay(20260315, 'start_time')).toThrow(
      'start_time is 20260315, which reads as 1970-08-23: expected a day from 2000-01-01 to 2100-12-31',
    )
    for (const value of ['1999-12-31T23:59:59Z', '2101-01-01', 0, '19991231', '21010101']) {
      expect(() => utcDay(value, 'time')).toThrow(FieldError)
      expect(() => utcDay(value, 'time')).toThrow(/: expected a day from 2000-01-01 to 2100-12-31$/)
    }
  })
})

describe('tokens and usd', () => {
  it('read numbers and numeric text; blank tokens are 0, blank cost is unknown', () => {
    expect([tokens('42', 'n'), tokens(7, 'n'), tokens('', 'n'), tokens(null, 'n')]).toEqual([
      42, 7, 0, 0,
    ])
    expect([usd('0.0123', 'c'), usd(1e-6, 'c'), usd('7.5e-05', 'c'), usd('', 'c')]).toEqual([
      0.0123,
      0.000001,
      0.000075,
      null,
    ])
  })

  it('refuse negative, fractional and non-numeric values', () => {
    expect(() => tokens('-1', 'prompt_tokens')).toThrow('prompt_tokens is -1, expected 0 or more')
    expect(() => tokens('2.5', 'n')).toThrow('n is 2.5, expected a whole number')
    expect(() => tokens('12k', 'n')).toThrow('n is "12k", expected a number')
    expect(() => usd(-0.5, 'spend')).toThrow('spend is -0.5, expected 0 or more')
  })
})
