/**
 * The worked example: on support-agent.json the backlog proposes routing each agent loop
 * to GPT-4o mini and ranks every lever by the dollars `margin compare` would show for it. The demo
 * workspace checks the same for every kind of lever, across a dated override.
 */
import { describe, expect, it } from 'vitest'
import {
  backlogItemFromLever,
  candidateLevers,
  evaluateLevers,
  leverAsScenario,
  type Lever,
} from '../../../shared/backlog'
import { compareScenarios } from '../../../shared/engine'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'

const doc = exampleDocument('support-agent.json')
const NEW_ID = 'from-lever'

const leverById = (levers: readonly Lever[], id: string): Lever => {
  const lever = levers.find((candidate) => candidate.id === id)
  if (!lever) throw new Error(`no lever ${id} among ${levers.map((l) => l.id).join(', ')}`)
  return lever
}

/** Σ over the months of (lever scenario − active scenario) gross profit, as `margin compare` shows it. */
function compareDelta(
  base: WorkspaceDoc,
  active: string | null,
  lever: Lever,
  months: number[],
): number {
  const withScenario = {
    ...base,
    scenarios: [...base.scenarios, leverAsScenario(base, active, lever, NEW_ID)],
  }
  let delta = 0
  for (const month of months) {
    const [before, after] = compareScenarios(withScenario, [active, NEW_ID], month).columns
    delta += after!.result.portfolio.grossProfit - before!.result.portfolio.grossProfit
  }
  return delta
}

describe('support-agent.json', () => {
  const levers = candidateLevers(doc, null)

  it('proposes routing 25, 50 and 100% of each loop from GPT-4o to GPT-4o mini, quality checked', () => {
    for (const feature of ['complex', 'simple']) {
      for (const portion of [25, 50, 100]) {
        const lever = leverById(levers, `route:${feature}/loop:gpt-4o>gpt-4o-mini:${portion}`)
        expect(lever.kind).toBe('route-cheaper-model')
        expect(lever.needsQualityCheck).toBe(true)
        expect(lever.featureIds).toEqual([feature])
        expect(lever.overrides).toEqual([
          { path: `features/${feature}/steps/loop/mix/gpt-4o-mini`, op: 'set', value: portion },
        ])
      }
    }
    expect(leverById(levers, 'route:complex/loop:gpt-4o>gpt-4o-mini:50').title).toBe(
      'Route 50% of Complex resolution · Multi-step reasoning from GPT-4o to GPT-4o mini',
    )
  })

  it('ranks by dollars over the quarter, most first', () => {
    const ranked = evaluateLevers(doc, null, levers)
    expect(ranked).toHaveLength(levers.length)
    const dollars = ranked.map((evaluation) => evaluation.deltaGrossProfitQuarter)
    expect(dollars).toEqual([...dollars].sort((a, b) => b - a))
    // Pricing complex at its floor breakeven ($4) earns 200,000 tickets × $2 × 3 months.
    expect(ranked[0]!.lever.id).toBe('price-to-floor:complex')
    expect(ranked[0]!.deltaGrossProfitQuarter).toBeCloseTo(1_200_000, 6)
  })

  describe.each([null, 'price-complex', 'route-mini'])('against %s', (active) => {
    it.each([0, 3])(
      'routing complex·loop is worth exactly what margin compare shows over months %i…+2',
      (month) => {
        const proposed = candidateLevers(doc, active, month)
        for (const portion of [25, 50, 100]) {
          const lever = leverById(proposed, `route:complex/loop:gpt-4o>gpt-4o-mini:${portion}`)
          const [evaluation] = evaluateLevers(doc, active, [lever], { month })
          expect(evaluation!.error).toBeUndefined()
          expect(evaluation!.deltaGrossProfitQuarter).toBeGreaterThan(0)
          const months = [month, month + 1, month + 2]
          expect(evaluation!.deltaGrossProfitQuarter).toBe(compareDelta(doc, active, lever, months))
        }
      },
    )
  })

  it('turns a lever into a child of the active scenario, or a root one on the baseline', () => {
    const lever = leverById(levers, 'route:complex/loop:gpt-4o>gpt-4o-mini:50')
    expect(leverAsScenario(doc, 'price-complex', lever, NEW_ID)).toEqual({
      id: NEW_ID,
      name: lever.title,
      parentId: 'price-complex',
      overrides: lever.overrides,
    })
    expect(leverAsScenario(doc, null, lever, NEW_ID)).not.toHaveProperty('parentId')
    expect(() => leverAsScenario(doc, null, lever, 'fire-drill')).toThrow(/already taken/)
  })

  it('keeps a lever as a backlog idea that evaluates to the same dollars', () => {
    const lever = leverById(levers, 'route:complex/loop:gpt-4o>gpt-4o-mini:100')
    const item = backlogItemFromLever(lever, 'b1')
    expect(item).toEqual({
      id: 'b1',
      title: lever.title,
      overrides: lever.overrides,
      status: 'idea',
      leverId: lever.id,
    })
    const [fromItem] = evaluateLevers(doc, null, [item])
    const [fromLever] = evaluateLevers(doc, null, [lever])
    expect(fromItem!.deltaGrossProfitQuarter).toBe(fromLever!.deltaGrossProfitQuarter)
    // Without featureIds, the features it touches are those whose results move.
    expect(fromItem!.features.map((feature) => feature.id)).toEqual(['complex'])
    expect(fromItem!.features).toEqual(fromLever!.features)
  })
})

describe('demo-workspace.json from month 5', () => {
  const demo = exampleDocument('demo-workspace.json')

  // The baseline's self-host option crosses over in month 7, inside the quarter; price-increase
  // chains two scenarios with an override dated month 6.
  it.each([null, 'price-increase'])(
    'values every lever against %s at exactly what margin compare shows',
    (active) => {
      const levers = candidateLevers(demo, active, 5)
      if (active === null) expect(levers.some((lever) => lever.kind === 'self-host')).toBe(true)
      for (const evaluation of evaluateLevers(demo, active, levers, { month: 5 })) {
        expect(evaluation.error).toBeUndefined()
        expect(evaluation.deltaGrossProfitQuarter).toBe(
          compareDelta(demo, active, evaluation.lever, [5, 6, 7]),
        )
      }
    },
  )
})
