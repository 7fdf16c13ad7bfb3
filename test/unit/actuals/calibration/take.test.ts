/**
 * Taking picked changes: one batch of baseline edits, or a new scenario. Either way the step ends
 * with the observed mix, models the plan lacked added and models the actuals never saw at 0.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mixOverrides } from '../../../../shared/actuals/calibration/mixOverrides'
import type { CalibrationChange } from '../../../../shared/actuals/calibration/proposal'
import { calibrationEdits, calibrationScenario } from '../../../../shared/actuals/calibration/take'
import { applyEdits } from '../../../../shared/model/edits'
import { applyOverrides } from '../../../../shared/model/overrides'
import { paths } from '../../../../shared/model/paths/build'
import type { MixEntry, WorkspaceDoc } from '../../../../shared/model/types'
import { validateDocument } from '../../../../shared/model/validate'
import { apiModel, feature, step, workspace } from '../../engine/builders'

const MODELS = ['big', 'small', 'mid', 'tiny'] as const
const WINDOW = { from: '2026-11-01', to: '2026-11-30' }

function plan(mix: MixEntry[]): WorkspaceDoc {
  const prices = { inputPerMTok: 1, outputPerMTok: 2 }
  return workspace({
    models: MODELS.map((id) => apiModel(id, prices)),
    features: [
      feature('support', {
        steps: [{ ...step('answer', 'big', { inputTokens: 1000, outputTokens: 300 }), mix }],
      }),
    ],
  })
}

/** The step's shares by model, models at 0 left out (they cost nothing and route nothing). */
function sharesOf(doc: WorkspaceDoc): Record<string, number> {
  const mix = doc.features[0]?.steps[0]?.mix ?? []
  return Object.fromEntries(
    mix.filter((entry) => entry.sharePct > 0).map((entry) => [entry.modelId, entry.sharePct]),
  )
}

function expectShares(actual: Record<string, number>, expected: readonly MixEntry[]): void {
  expect(Object.keys(actual).sort()).toEqual(expected.map((entry) => entry.modelId).sort())
  for (const entry of expected) expect(actual[entry.modelId]).toBeCloseTo(entry.sharePct, 9)
}

function scenarioDoc(doc: WorkspaceDoc, picked: CalibrationChange[]): WorkspaceDoc {
  const scenario = calibrationScenario(doc, picked, WINDOW)
  const withScenario = { ...doc, scenarios: [...doc.scenarios, scenario] }
  const valid = validateDocument(withScenario)
  if (!valid.ok) throw new Error(JSON.stringify(valid.problems))
  const applied = applyOverrides(doc, scenario.overrides, 0)
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems))
  return applied.doc
}

function editedDoc(doc: WorkspaceDoc, picked: CalibrationChange[]): WorkspaceDoc {
  const edited = applyEdits(doc, calibrationEdits(picked))
  if (!edited.ok) throw new Error(JSON.stringify(edited.problems))
  const valid = validateDocument(edited.doc)
  if (!valid.ok) throw new Error(JSON.stringify(valid.problems))
  return edited.doc
}

const mixChange = (planned: MixEntry[], observed: MixEntry[]): CalibrationChange => ({
  featureId: 'support',
  stepId: 'answer',
  field: 'mix',
  planned,
  observed,
})

describe('taking an observed mix', () => {
  const planned = [
    { modelId: 'big', sharePct: 70 },
    { modelId: 'small', sharePct: 30 },
  ]
  // `mid` is new to the step, `small` stays, and `big` got no calls.
  const observed = [
    { modelId: 'mid', sharePct: 45.5 },
    { modelId: 'small', sharePct: 33.3 },
    { modelId: 'tiny', sharePct: 21.2 },
  ]

  it('replaces the whole mix in one baseline edit', () => {
    const edits = calibrationEdits([mixChange(planned, observed)])
    expect(edits).toEqual([{ op: 'set', path: paths.mix('support', 'answer'), value: observed }])
    expect(
      editedDoc(plan(planned), [mixChange(planned, observed)]).features[0]?.steps[0]?.mix,
    ).toEqual(observed)
  })

  it('sets each share in a scenario so that the rescaling ends at the observed mix', () => {
    // mid first takes 100 (big and small drop to 0); then small 100 · 33.3 / (100 − 21.2) and
    // tiny 21.2, each scaling the ones set before it.
    const overrides = mixOverrides('support', 'answer', observed)
    expect(overrides.map((override) => override.path)).toEqual([
      paths.mixShare('support', 'answer', 'mid'),
      paths.mixShare('support', 'answer', 'small'),
      paths.mixShare('support', 'answer', 'tiny'),
    ])
    expect(overrides.map((override) => override.value)).toEqual([
      100,
      (100 * 33.3) / (100 - 21.2),
      21.2,
    ])
    expectShares(sharesOf(scenarioDoc(plan(planned), [mixChange(planned, observed)])), observed)
  })

  it('ends at any observed mix from any planned mix', () => {
    const RUNS = 300
    let runs = 0
    // A mix as whole tenths per model summing to 1,000, over a random subset of the models.
    const mixOf = fc
      .array(fc.integer({ min: 0, max: 1000 }), {
        minLength: MODELS.length,
        maxLength: MODELS.length,
      })
      .filter((weights) => weights.some((weight) => weight > 0))
      .map((weights): MixEntry[] => {
        const total = weights.reduce((sum, weight) => sum + weight, 0)
        const tenths = weights.map((weight) => Math.floor((weight * 1000) / total))
        // The tenths rounding down left over go to the largest share.
        const largest = tenths.indexOf(Math.max(...tenths))
        tenths[largest] = (tenths[largest] ?? 0) + 1000 - tenths.reduce((sum, t) => sum + t, 0)
        return MODELS.map((modelId, i) => ({ modelId, sharePct: (tenths[i] ?? 0) / 10 })).filter(
          (entry) => entry.sharePct > 0,
        )
      })
    fc.assert(
      fc.property(mixOf, mixOf, (from, to) => {
        runs++
        expectShares(sharesOf(scenarioDoc(plan(from), [mixChange(from, to)])), to)
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })
})

describe('calibrationScenario', () => {
  const picked: CalibrationChange[] = [
    { featureId: 'support', stepId: 'answer', field: 'callsPerUnitP95', planned: 1, observed: 2.5 },
    { featureId: 'support', field: 'responseCacheHitPct', planned: 0, observed: 12.5 },
  ]

  it('sets value fields by their paths, on the baseline from month 0', () => {
    const doc = plan([{ modelId: 'big', sharePct: 100 }])
    const scenario = calibrationScenario(doc, picked, WINDOW)
    expect(scenario).toEqual({
      id: 'calibrated-2026-11-01-2026-11-30',
      name: 'Calibrated 2026-11-01 – 2026-11-30',
      overrides: [
        { path: paths.step('support', 'answer', 'callsPerUnitP95'), op: 'set', value: 2.5 },
        { path: paths.feature('support', 'responseCacheHitPct'), op: 'set', value: 12.5 },
      ],
    })
    const calibrated = scenarioDoc(doc, picked)
    expect(calibrated.features[0]?.responseCacheHitPct).toBe(12.5)
    expect(calibrated.features[0]?.steps[0]?.callsPerUnitP95).toBe(2.5)
    expect(editedDoc(doc, picked).features[0]).toMatchObject({
      responseCacheHitPct: 12.5,
      steps: [{ callsPerUnitP95: 2.5 }],
    })
  })

  it('takes a free name and id when the window was calibrated before', () => {
    const doc = plan([{ modelId: 'big', sharePct: 100 }])
    const first = calibrationScenario(doc, picked, WINDOW)
    const second = calibrationScenario({ ...doc, scenarios: [first] }, picked, WINDOW)
    expect(second.name).toBe('Calibrated 2026-11-01 – 2026-11-30 (2)')
    expect(second.id).toBe('calibrated-2026-11-01-2026-11-30-2')
  })
})
