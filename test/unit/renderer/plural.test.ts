import { describe, expect, it } from 'vitest'
import { countOf, plural } from '../../../renderer/src/plural'
import { shiftsText } from '../../../renderer/src/views/scenarios/scenariosShifted'
import type { Scenario } from '../../../shared/model/types'

describe('plural', () => {
  it('adds s, es or ies as English does', () => {
    expect(plural('ticket')).toBe('tickets')
    expect(plural('query')).toBe('queries')
    expect(plural('day')).toBe('days')
    expect(plural('box')).toBe('boxes')
  })
})

describe('countOf', () => {
  it('writes the noun singular for one and plural otherwise', () => {
    expect(countOf(1, 'cell')).toBe('1 cell')
    expect(countOf(3, 'cell')).toBe('3 cells')
    expect(countOf(0, 'row')).toBe('0 rows')
    expect(countOf(2, 'new price point')).toBe('2 new price points')
    expect(countOf(1, 'scenario')).toBe('1 scenario')
  })
})

describe('shiftsText', () => {
  const scenario = (name: string) => ({ id: name, name, overrides: [] }) as unknown as Scenario

  it('counts the scenarios that inherit the value, then names them', () => {
    expect(shiftsText([])).toBe('shifts no scenario: each sets this value itself')
    expect(shiftsText([scenario('A')])).toBe('shifts 1 scenario that inherits this value: A')
    expect(shiftsText([scenario('A'), scenario('B')])).toBe(
      'shifts 2 scenarios that inherit this value: A, B',
    )
  })
})
