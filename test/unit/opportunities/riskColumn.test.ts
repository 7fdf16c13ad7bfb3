import { describe, expect, it } from 'vitest'
import { formatChance, riskChange } from '../../../renderer/src/views/opportunities/figures'
import type {
  JobPlace,
  RiskEstimate,
} from '../../../renderer/src/views/opportunities/jobs/protocol'
import { riskCell, riskColumn } from '../../../renderer/src/views/opportunities/levers/riskColumn'

const place = {} as JobPlace
const estimate: RiskEstimate = {
  probBelowFloor: 0.24,
  draws: 1000,
  changes: [
    { id: 'route', probBelowFloor: 0.09 },
    { id: 'broken', error: 'unknown model "gpt-9"' },
  ],
}

describe('the P(below floor) column', () => {
  it('explains itself without ranges, whatever the run', () => {
    expect(riskColumn(false, { status: 'done', place, estimate })).toEqual({ kind: 'no-ranges' })
  })

  it('says what it waits for before an estimate', () => {
    expect(riskColumn(true, { status: 'idle' })).toMatchObject({ kind: 'note' })
    expect(riskColumn(true, { status: 'running', place, progress: null })).toEqual({
      kind: 'note',
      text: 'Estimating…',
    })
    expect(riskColumn(true, { status: 'failed', place, message: 'no revenue' })).toEqual({
      kind: 'note',
      text: 'The estimate failed: no revenue',
    })
  })

  it('shows each estimated lever before → after, and why the others are blank', () => {
    const column = riskColumn(true, { status: 'done', place, estimate })
    if (column.kind !== 'estimated') throw new Error('expected figures')
    expect(riskCell(column, 'route').text).toBe('24% → 9%')
    expect(riskCell(column, 'broken')).toEqual({
      text: '—',
      tooltip: 'Could not be simulated: unknown model "gpt-9"',
    })
    expect(riskCell(column, 'eleventh').tooltip).toBe('Only the top 10 levers are estimated')
  })
})

describe('chances', () => {
  it('rounds to whole percents but never shows a rare chance as 0% or a likely one as 100%', () => {
    expect([0, 0.002, 0.24, 0.998, 1].map(formatChance)).toEqual([
      '0%',
      '<1%',
      '24%',
      '>99%',
      '100%',
    ])
    expect(riskChange(0.368, 0.055)).toBe('37% → 6%')
  })
})
