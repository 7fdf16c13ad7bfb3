import { describe, expect, it } from 'vitest'
import {
  describeGapToFloor,
  formatFloorPct,
  formatMonth,
  formatPts,
  wrapWords,
} from '../../../shared/report/labels'
import { zoneOf } from '../../../shared/engine/margins'
import { countByZone, groupByZone, zoneStyles, zoneText } from '../../../shared/report/zones'

describe('zones', () => {
  it('follows the §3 rule: below floor red, within the band yellow, else green', () => {
    expect(zoneOf(54.99, 55, 5)).toBe('red')
    expect(zoneOf(55, 55, 5)).toBe('yellow')
    expect(zoneOf(59.99, 55, 5)).toBe('yellow')
    expect(zoneOf(60, 55, 5)).toBe('green')
    expect(zoneOf(62, 55, 10)).toBe('yellow')
    expect(zoneOf(null, 55, 5)).toBe('none')
  })

  it('pairs each zone colour with words and an icon', () => {
    expect(zoneStyles.red.color).toBe('#c62828')
    expect(zoneStyles.yellow.color).toBe('#b7791f')
    expect(zoneStyles.green.color).toBe('#2e7d32')
    expect(zoneStyles.none.color).toBe('#757575')
    expect(zoneText('red')).toBe('✗ Below floor')
    expect(zoneText('green')).toBe('✓ Above floor')
  })

  it('counts and groups by zone, worst first', () => {
    const items = [{ zone: 'green' as const }, { zone: 'red' as const }, { zone: 'red' as const }]
    expect(countByZone(items)).toEqual({ red: 2, yellow: 0, green: 1, none: 0 })
    expect(groupByZone(items, (i) => i.zone).map(([zone, group]) => [zone, group.length])).toEqual([
      ['red', 2],
      ['green', 1],
    ])
  })
})

describe('labels', () => {
  it('formats floors, gaps and months', () => {
    expect(formatFloorPct(55)).toBe('55%')
    expect(formatFloorPct(52.5)).toBe('52.5%')
    expect(formatPts(-45)).toBe('45.0 pts')
    expect(describeGapToFloor(10, 55)).toBe('45.0 pts below its 55% floor')
    expect(describeGapToFloor(77.5, 55)).toBe('22.5 pts above its 55% floor')
    expect(formatMonth('2026-12')).toBe('Dec 2026')
    expect(formatMonth('2027-01')).toBe('Jan 2027')
    expect(formatMonth('soon')).toBe('soon')
  })

  it('wraps long names between words onto at most two lines, cutting the rest with …', () => {
    expect(wrapWords('Baseline', 12)).toEqual(['Baseline'])
    expect(wrapWords('Route more drafts to mini', 14)).toEqual(['Route more', 'drafts to mini'])
    expect(wrapWords('OpenAI raises prices 50%', 12)).toEqual(['OpenAI', 'raises…'])
    expect(wrapWords('Supercalifragilistic', 10)).toEqual(['Supercali…'])
    expect(wrapWords('  spaced   out  ', 20)).toEqual(['spaced out'])
  })
})
