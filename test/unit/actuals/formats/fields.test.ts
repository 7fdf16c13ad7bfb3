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
