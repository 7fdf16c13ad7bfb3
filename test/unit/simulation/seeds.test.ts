/** §11: a seeded generator; the same seed gives the same numbers however the run is chunked. */
import { describe, expect, it } from 'vitest'
import type { Range } from '../../../shared/model/types'
import { simulate } from '../../../shared/simulation'
import { seededUniform } from '../../../shared/simulation/random'
import type { SimulationProgress } from '../../../shared/simulation/types'
import { exampleDocument } from '../../fixtures/documents'

const ranges: Range[] = [
  {
    path: 'features/support-agent/pricePerUnit',
    low: 0.79,
    likely: 0.99,
    high: 1.29,
    shape: 'pert',
  },
  {
    path: 'models/provider:openai/prices/*/inputPerMTok',
    low: 0.5,
    likely: 0,
    high: 4,
    shape: 'lognormal',
  },
  {
    path: 'cohorts/smb/monthlyGrowthPct',
    low: 0,
    likely: 3,
    high: 6,
    shape: 'triangular',
    group: 'g',
  },
  {
    path: 'cohorts/heavy/monthlyGrowthPct',
    low: 1,
    likely: 4,
    high: 5,
    shape: 'uniform',
    group: 'g',
  },
]
const doc = { ...exampleDocument('demo-workspace.json'), ranges }
const run = (seed: number, progressEvery?: number) =>
  simulate(doc, { draws: 600, seed, month: 4 }, { progressEvery })

describe('seededUniform', () => {
  it('gives numbers strictly between 0 and 1, the same sequence for the same seed', () => {
    const a = seededUniform(42)
    const b = seededUniform(42)
    let sum = 0
    for (let i = 0; i < 10_000; i++) {
      const u = a()
      expect(u).toBeGreaterThan(0)
      expect(u).toBeLessThan(1)
      expect(b()).toBe(u)
      sum += u
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1)
  })

  it('gives another sequence for a neighbouring seed', () => {
    const a = seededUniform(0)
    const b = seededUniform(1)
    const same = Array.from({ length: 100 }, () => a() === b()).filter(Boolean)
    expect(same).toHaveLength(0)
  })
})

describe('simulate is reproducible', () => {
  it('gives identical results and samples for the same seed', () => {
    const first = run(7)
    const second = run(7)
    expect(second.result).toEqual(first.result)
    expect(second.samples.portfolioMarginPct).toEqual(first.samples.portfolioMarginPct)
  })

  it('gives identical results whatever the progress chunking', () => {
    const reference = run(7)
    for (const every of [1, 13, 600, 1000]) expect(run(7, every)).toEqual(reference)
  })

  it('gives other draws for another seed', () => {
    const first = run(7).samples.portfolioMarginPct
    const other = run(8).samples.portfolioMarginPct
    expect(other).not.toEqual(first)
    expect(run(8).result.seed).toBe(8)
  })

  it('reports progress every chunk and at the end', () => {
    const seen: SimulationProgress[] = []
    simulate(doc, { draws: 600 }, { onProgress: (p) => seen.push(p), progressEvery: 250 })
    expect(seen).toEqual([
      { done: 250, total: 600 },
      { done: 500, total: 600 },
      { done: 600, total: 600 },
    ])
  })
})
