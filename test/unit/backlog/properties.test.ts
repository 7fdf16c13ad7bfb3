/**
 * Properties of the backlog over random valid workspaces (fast-check prints the seed and the
 * shrunk counterexample of any failure): every proposal is a valid scenario, and evaluating it
 * never fails.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { candidateLevers, evaluateLevers, leverAsScenario } from '../../../shared/backlog'
import { movedMix, shareMove } from '../../../shared/backlog/mixMove'
import { applyOverrides } from '../../../shared/model/overrides'
import type { MixEntry, Override } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { ids, workspaceArb } from '../engine/arbitraries'
import { apiModel, feature, step, workspace } from '../engine/builders'

const RUNS = 300
const monthArb = fc.integer({ min: 0, max: 5 })
const PRICES = { inputPerMTok: 1, outputPerMTok: 1 }

/** A mix of 1–5 models summing to 100, with a move of part or all of one model's share. */
const mixMoveArb = fc
  .array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 })
  .chain((weights) => {
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    const mix: MixEntry[] = weights.map((weight, i) => ({
      modelId: `m${i}`,
      sharePct: (100 * weight) / total,
    }))
    return fc.record({
      mix: fc.constant(mix),
      from: fc.integer({ min: 0, max: mix.length - 1 }),
      // A model already in the mix, or a new one.
      to: fc.integer({ min: 0, max: mix.length }),
      portion: fc.constantFrom(0.25, 0.5, 1),
    })
  })
  .filter(({ from, to }) => from !== to)

describe('backlog properties', () => {
  it('moves exactly the points asked for from one model to another, the others unchanged', () => {
    let runs = 0
    fc.assert(
      fc.property(mixMoveArb, ({ mix, from, to, portion }) => {
        runs += 1
        const fromId = `m${from}`
        const toId = `m${to}`
        const points = mix[from]!.sharePct * portion
        const path = (modelId: string) => `features/f/steps/s/mix/${modelId}`
        const overrides: Override[] = shareMove(mix, fromId, toId, points).map((setting) => ({
          path: path(setting.modelId),
          op: 'set',
          value: setting.sharePct,
        }))
        const doc = workspace({
          models: ids('m', mix.length + 1).map((id) => apiModel(id, PRICES)),
          features: [feature('f', { steps: [step('s', 'm0', { mix })] })],
        })
        const result = applyOverrides(doc, overrides, 0)
        if (!result.ok) throw new Error(JSON.stringify(result.problems))
        const after = result.doc.features[0]!.steps[0]!.mix
        const intended = new Map(
          movedMix(mix, fromId, toId, points).map((entry) => [entry.modelId, entry.sharePct]),
        )
        expect(after).toHaveLength(intended.size)
        for (const entry of after) {
          expect(entry.sharePct).toBeCloseTo(intended.get(entry.modelId)!, 9)
        }
        const total = after.reduce((sum, entry) => sum + entry.sharePct, 0)
        expect(total).toBeCloseTo(100, 9)
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })

  it('proposes only levers that make a valid scenario and evaluate without error', () => {
    let runs = 0
    let proposed = 0
    fc.assert(
      fc.property(workspaceArb, monthArb, (doc, month) => {
        runs += 1
        const levers = candidateLevers(doc, null, month)
        proposed += levers.length
        for (const lever of levers) {
          const withLever = {
            ...doc,
            scenarios: [leverAsScenario(doc, null, lever, 'lever')],
          }
          const validation = validateDocument(withLever)
          if (!validation.ok) {
            throw new Error(`${lever.id}: ${JSON.stringify(validation.problems)}`)
          }
          expect(lever.overrides.length).toBeGreaterThan(0)
        }
        const evaluations = evaluateLevers(doc, null, levers, { month })
        expect(evaluations).toHaveLength(levers.length)
        for (const evaluation of evaluations) {
          expect(evaluation.error).toBeUndefined()
          expect(Number.isFinite(evaluation.deltaGrossProfitQuarter)).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
    // Not vacuous: the random workspaces do trigger levers.
    expect(proposed).toBeGreaterThan(RUNS)
  })
})
