import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine/index'
import { selfHostVolumeCurve } from '../../../shared/engine/selfHostCurve'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'

const selfHost70b = exampleDocument('selfhost-70b.json')

/*
 * Self-host 70B by hand (DESIGN.md §3): a replica serves 2500 tok/s × 3600 × 730 × 60% =
 * 3,942,000,000 tokens a month and costs 4 GPUs × $2.50 × 730 h × 1.3 = $9,490, plus $40,000 fixed.
 * A GPT-4o chat turn, 3000 in at $2.5/M + 1000 out at $10/M = $0.0175 for 4000 tokens, prices the
 * API at $4.375 per million tokens. Six replicas ($96,940) cover 23.652 B tokens and pay for
 * themselves from $96,940 / $4.375 per M = 22.1577 B tokens; five ($87,450) would need 19.989 B,
 * beyond their 19.71 B capacity.
 */
const CAPACITY = 2500 * 3600 * 730 * 0.6
const REPLICA_COST = 4 * 2.5 * 730 * 1.3
const PRICE_PER_TOKEN = 0.0175 / 4000
const CROSSOVER_TOKENS = (6 * REPLICA_COST + 40_000) / PRICE_PER_TOKEN
/** Month 0: 25,000 seats × 22.857 conversations × 4 turns × 4000 tokens. */
const MONTH0_TOKENS = 25_000 * (160 / 7) * 4 * 4000

describe('selfHostVolumeCurve on the 70B example', () => {
  const curve = selfHostVolumeCurve(selfHost70b, 'llama-70b')

  it('finds the crossover at $96,940 of monthly API spend (examples README)', () => {
    expect(curve.crossoverMonthlyApiSpend).toBeCloseTo(96_940, 6)
    expect(curve.crossoverMonthlyTokens).toBeCloseTo(CROSSOVER_TOKENS, 0)
  })

  it("agrees with compute's crossover volume and spend", () => {
    const [option] = compute(selfHost70b).selfHost
    expect(curve.crossoverMonthlyTokens).toBe(option?.crossoverMonthlyTokens)
    expect(curve.crossoverMonthlyApiSpend).toBe(option?.crossoverMonthlyApiSpend)
  })

  it('runs from 0 to 2.5 × the crossover volume, in increasing volume', () => {
    const tokens = curve.points.map((p) => p.tokens)
    expect(tokens[0]).toBe(0)
    expect(tokens.at(-1)).toBeCloseTo(2.5 * CROSSOVER_TOKENS, 0)
    expect(tokens).toEqual([...tokens].sort((a, b) => a - b))
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('prices every point: the API line at $4.375/M, self-host by its replica count', () => {
    for (const point of curve.points) {
      expect(point.apiCost).toBeCloseTo(point.tokens * PRICE_PER_TOKEN, 6)
      const replicas = Math.max(2, Math.ceil(point.tokens / CAPACITY))
      expect(point.replicas).toBe(replicas)
      expect(point.selfHostCost).toBeCloseTo(replicas * REPLICA_COST + 40_000, 6)
    }
  })

  it("includes month 0's volume and the crossover itself", () => {
    const at = (tokens: number) => curve.points.find((p) => Math.abs(p.tokens - tokens) < 1)
    expect(at(MONTH0_TOKENS)?.apiCost).toBeCloseTo(40_000, 6)
    expect(at(CROSSOVER_TOKENS)).toMatchObject({ replicas: 6, selfHostCost: 96_940 })
  })

  it('draws each replica step as a step: a point at r × capacity and one just past it', () => {
    // From minReplicas (2) on, up to 2.5 × 22.16 B = 55.4 B tokens: steps at 2…14 × capacity.
    for (let r = 2; r <= 14; r++) {
      const index = curve.points.findIndex((p) => p.tokens === r * CAPACITY)
      expect(curve.points[index]?.replicas).toBe(r)
      const after = curve.points[index + 1]
      expect(after?.replicas).toBe(r + 1)
      expect((after?.tokens ?? Infinity) - r * CAPACITY).toBeLessThan(r * CAPACITY * 1e-8)
    }
  })

  it('samples as many even points as asked for, on top of steps and marks', () => {
    const coarse = selfHostVolumeCurve(selfHost70b, 'llama-70b', { points: 2 })
    // 0 and the end, month 0, the crossover, and 13 steps × 2.
    expect(coarse.points).toHaveLength(2 + 2 + 26)
  })
})

describe('selfHostVolumeCurve edge cases', () => {
  it('takes the scenario into account: price cuts leave month 0 (and its crossover) as it was', () => {
    const cuts = selfHostVolumeCurve(selfHost70b, 'llama-70b', { scenarioId: 'price-cuts' })
    expect(cuts.crossoverMonthlyApiSpend).toBeCloseTo(96_940, 6)
  })

  it('has no curve and no crossover when month 0 sends no tokens to the replaced models', () => {
    const idle: WorkspaceDoc = {
      ...selfHost70b,
      cohorts: selfHost70b.cohorts.map((cohort) => ({ ...cohort, customers: 0 })),
    }
    expect(selfHostVolumeCurve(idle, 'llama-70b')).toEqual({
      points: [],
      crossoverMonthlyTokens: null,
      crossoverMonthlyApiSpend: null,
    })
  })

  it('has no crossover when a replica costs more than the API for its capacity', () => {
    const pricey: WorkspaceDoc = {
      ...selfHost70b,
      selfHost: selfHost70b.selfHost.map((option) => ({ ...option, gpuHourlyCost: 10 })),
    }
    const curve = selfHostVolumeCurve(pricey, 'llama-70b')
    expect(curve.crossoverMonthlyTokens).toBeNull()
    expect(curve.points.at(-1)?.tokens).toBeCloseTo(2.5 * MONTH0_TOKENS, 0)
  })

  it('refuses an unknown option and a sample count below 2', () => {
    expect(() => selfHostVolumeCurve(selfHost70b, 'nope')).toThrow('no self-host option "nope"')
    expect(() => selfHostVolumeCurve(selfHost70b, 'llama-70b', { points: 1 })).toThrow(/points/)
  })
})
