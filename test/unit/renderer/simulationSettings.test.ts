import { describe, expect, it } from 'vitest'
import {
  defaultRunSettings,
  settleRun,
} from '../../../renderer/src/views/uncertainty/simulation/runSettings'
import {
  formatChance,
  formatDrawRate,
  formatWallTime,
} from '../../../renderer/src/views/uncertainty/simulation/runFormat'

describe('settleRun', () => {
  it('runs 2,000 draws from seed 1 by default, with the fan', () => {
    expect(settleRun(defaultRunSettings, 'price-rise')).toEqual({
      ok: true,
      options: { scenarioId: 'price-rise', draws: 2000, seed: 1, month: 0, forecast: true },
    })
  })

  it('reads numbers as people type them', () => {
    const settled = settleRun({ draws: '10,000', seed: ' 42 ', month: 3 }, null)
    expect(settled).toMatchObject({ ok: true, options: { draws: 10_000, seed: 42, month: 3 } })
  })

  it('names the field to fix', () => {
    const problem = (draws: string, seed: string) => {
      const settled = settleRun({ draws, seed, month: 0 }, null)
      return settled.ok ? null : settled.problem.field
    }
    expect(problem('0', '1')).toBe('draws')
    expect(problem('100001', '1')).toBe('draws')
    expect(problem('2.5', '1')).toBe('draws')
    expect(problem('100000', '-1')).toBe('seed')
    expect(problem('100000', String(2 ** 32))).toBe('seed')
    expect(problem('1', String(2 ** 32 - 1))).toBeNull()
  })
})

describe('run figures', () => {
  it('says how long a run took and how fast it drew', () => {
    expect(formatWallTime(812)).toBe('0.8 s')
    expect(formatWallTime(46)).toBe('0.05 s')
    expect(formatDrawRate(12_437.2)).toBe('12,400 draws/s')
  })

  it('words a chance without hiding a rare one', () => {
    expect(formatChance(0.1834)).toBe('18%')
    expect(formatChance(0.024)).toBe('2.4%')
    expect(formatChance(0)).toBe('0%')
    expect(formatChance(0.0002)).toBe('<0.1%')
  })
})
