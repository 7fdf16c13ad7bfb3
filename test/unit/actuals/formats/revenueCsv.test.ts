import { describe, expect, it } from 'vitest'
import { parseRevenueRow } from '../../../../shared/actuals/revenueCsv'
import { csvRecords } from './fixtureRecords'

describe('revenue CSV fixture', () => {
  const outcomes = csvRecords('revenue.csv').map((raw) =>
    parseRevenueRow(raw.value as Record<string, string>, raw.line),
  )

  it('reads customer and cohort rows, a refund as a negative amount', () => {
    expect(outcomes).toEqual([
      {
        kind: 'row',
        row: {
          day: '2026-11-02',
          customerId: 'acme',
          cohortId: null,
          featureId: 'simple',
          amount: 120,
        },
      },
      {
        kind: 'row',
        row: {
          day: '2026-11-02',
          customerId: 'globex',
          cohortId: null,
          featureId: null,
          amount: 80.5,
        },
      },
      {
        kind: 'row',
        row: {
          day: '2026-11-03',
          customerId: null,
          cohortId: 'all',
          featureId: 'complex',
          amount: 1500,
        },
      },
      {
        kind: 'row',
        row: {
          day: '2026-11-04',
          customerId: 'acme',
          cohortId: null,
          featureId: 'simple',
          amount: -20,
        },
      },
    ])
  })
})

describe('parseRevenueRow', () => {
  it('matches headers ignoring case, spaces and underscores', () => {
    expect(
      parseRevenueRow({ Date: '2026-11-05', 'Customer ID': 'acme', AMOUNT: '9.99' }, 2),
    ).toEqual({
      kind: 'row',
      row: { day: '2026-11-05', customerId: 'acme', cohortId: null, featureId: null, amount: 9.99 },
    })
  })

  it('reads an 8-digit date as YYYYMMDD', () => {
    expect(parseRevenueRow({ date: '20260315', customer_id: 'acme', amount: '5' }, 2)).toEqual({
      kind: 'row',
      row: { day: '2026-03-15', customerId: 'acme', cohortId: null, featureId: null, amount: 5 },
    })
  })

  it('rejects a row without a customer or cohort, amount or valid date, by line', () => {
    expect(parseRevenueRow({ date: '2026-11-05', amount: '5' }, 3)).toEqual({
      kind: 'rejected',
      line: 3,
      message: 'customerId and cohortId are both empty, expected one of them',
    })
    expect(
      parseRevenueRow({ date: '2026-11-05', customer_id: 'acme', amount: '5 USD' }, 4),
    ).toEqual({
      kind: 'rejected',
      line: 4,
      message: 'amount is "5 USD", expected a number',
    })
    expect(parseRevenueRow({ date: '05/11/2026', cohortId: 'all', amount: '5' }, 5)).toEqual({
      kind: 'rejected',
      line: 5,
      message: 'date is "05/11/2026", expected a date such as 2026-11-02T10:00:00Z',
    })
    // An Excel serial date: 45,658 epoch seconds is 1970-01-01, not a day to replace data on.
    expect(parseRevenueRow({ date: '45658', cohortId: 'all', amount: '5' }, 7)).toEqual({
      kind: 'rejected',
      line: 7,
      message:
        'date is "45658", which reads as 1970-01-01: expected a day from 2000-01-01 to 2100-12-31',
    })
    expect(parseRevenueRow({ date: '20261332', cohortId: 'all', amount: '5' }, 8)).toEqual({
      kind: 'rejected',
      line: 8,
      message: 'date is "20261332", expected a YYYYMMDD date such as 20261102',
    })
    expect(parseRevenueRow({ date: '2026-11-05', cohortId: 'all' }, 6)).toEqual({
      kind: 'rejected',
      line: 6,
      message: 'amount is missing, expected a number',
    })
  })
})
