/** §11: a scenario's range on a path replaces the one it inherits; new paths come after. */
import { describe, expect, it } from 'vitest'
import type { Range, WorkspaceDoc } from '../../../shared/model/types'
import { effectiveRanges } from '../../../shared/simulation'
import { exampleDocument } from '../../fixtures/documents'

const at = (path: string, likely: number): Range => ({
  path,
  low: 0,
  likely,
  high: 100,
  shape: 'pert',
})

const demo = exampleDocument('demo-workspace.json')
const doc: WorkspaceDoc = {
  ...demo,
  ranges: [at('a', 1), at('b', 1), at('c', 1)],
  scenarios: demo.scenarios.map((scenario) => {
    if (scenario.id === 'route-to-mini') return { ...scenario, ranges: [at('b', 2), at('d', 2)] }
    if (scenario.id === 'price-increase') return { ...scenario, ranges: [at('d', 3), at('a', 3)] }
    return scenario
  }),
}

describe('effectiveRanges', () => {
  it('gives the baseline its own ranges', () => {
    expect(effectiveRanges(doc, null)).toEqual(doc.ranges)
    expect(effectiveRanges(demo, null)).toEqual([])
  })

  it('applies the chain root first, replacing in place and adding at the end', () => {
    expect(effectiveRanges(doc, 'route-to-mini')).toEqual([
      at('a', 1),
      at('b', 2),
      at('c', 1),
      at('d', 2),
    ])
    // price-increase is a child of route-to-mini.
    expect(effectiveRanges(doc, 'price-increase')).toEqual([
      at('a', 3),
      at('b', 2),
      at('c', 1),
      at('d', 3),
    ])
  })

  it('gives a scenario without ranges what it inherits', () => {
    expect(effectiveRanges(doc, 'openai-price-rise')).toEqual(doc.ranges)
  })

  it('throws on an unknown scenario', () => {
    expect(() => effectiveRanges(doc, 'nope')).toThrow(/unknown scenario "nope"/)
  })
})
