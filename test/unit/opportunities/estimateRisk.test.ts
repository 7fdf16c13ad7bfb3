import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Range, WorkspaceDoc } from '../../../shared/model/types'
import { simulate, type SimulationProgress } from '../../../shared/simulation'
import { estimateRisk } from '../../../renderer/src/views/opportunities/jobs/estimateRisk'
import { repoPath } from '../../fixtures/paths'

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

const inputPrice: Range = {
  path: 'models/gpt-4o/prices/*/inputPerMTok',
  low: 2,
  likely: 3,
  high: 6,
  shape: 'pert',
}
const ranged: WorkspaceDoc = { ...supportAgent, ranges: [inputPrice] }
const toMini = {
  id: 'route',
  overrides: [
    { path: 'features/complex/steps/loop/mix/gpt-4o-mini', op: 'set' as const, value: 100 },
  ],
}
const request = { job: 'risk', doc: ranged, month: 0, draws: 200, seed: 7 } as const

describe('the risk estimate', () => {
  it('gives a change that changes nothing the same chance, draw for draw', () => {
    const estimate = estimateRisk({
      ...request,
      scenarioId: null,
      changes: [{ id: 'none', overrides: [] }],
    })
    expect(estimate.probBelowFloor).toBeGreaterThan(0)
    expect(estimate.changes).toEqual([{ id: 'none', probBelowFloor: estimate.probBelowFloor }])
  })

  it('simulates each change as a child of the active scenario', () => {
    const estimate = estimateRisk({ ...request, scenarioId: 'price-complex', changes: [toMini] })
    const alone = simulate(ranged, { scenarioId: 'price-complex', draws: 200, seed: 7 })
    expect(estimate.probBelowFloor).toBe(alone.result.portfolio.probBelowFloor)
    const withChild: WorkspaceDoc = {
      ...ranged,
      scenarios: [
        ...ranged.scenarios,
        { id: 'child', name: 'Child', parentId: 'price-complex', overrides: toMini.overrides },
      ],
    }
    const child = simulate(withChild, { scenarioId: 'child', draws: 200, seed: 7 })
    expect(estimate.changes).toEqual([
      { id: 'route', probBelowFloor: child.result.portfolio.probBelowFloor },
    ])
  })

  it('says why a change cannot be simulated and reports progress over every run', () => {
    const progress: SimulationProgress[] = []
    const broken = {
      id: 'broken',
      overrides: [{ path: 'features/nothing/pricePerUnit', op: 'set' as const, value: 1 }],
    }
    const estimate = estimateRisk(
      { ...request, scenarioId: null, changes: [broken, toMini] },
      (p) => progress.push(p),
    )
    expect(estimate.changes[0]).toMatchObject({ id: 'broken', error: expect.any(String) })
    expect(estimate.changes[1]).toMatchObject({ id: 'route', probBelowFloor: expect.any(Number) })
    const done = progress.map((p) => p.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(progress.at(-1)).toEqual({ done: 600, total: 600 })
  })
})
