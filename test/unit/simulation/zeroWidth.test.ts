/**
 * §11: with every range at zero width the results equal the deterministic ones exactly. Ranges on
 * every kind of path, at the values the document already has (⇒ plain `compute`) and at other
 * values (⇒ `compute` with the same `set` overrides after the scenario's), on every example and in
 * a scenario whose overrides start at different months. Compared with toEqual: Object.is, every bit.
 */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { ComputeResult, Zone } from '../../../shared/engine/results'
import type { Range, RangeShape, WorkspaceDoc } from '../../../shared/model/types'
import { simulate } from '../../../shared/simulation'
import type { SimulationResult } from '../../../shared/simulation/types'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { allAt, currentValue, setsOf, withOverrides, zeroWidth } from './helpers'

const DRAWS = 40
const SHAPES: RangeShape[] = ['pert', 'triangular', 'uniform', 'lognormal']

const belowFloor = (zone: Zone): number => (zone === 'red' || zone === 'none' ? 1 : 0)

/**
 * Every draw equals `expected`; the plan line equals `plan` — the scenario without ranges, which is
 * `expected` itself when the ranges sit at the document's values.
 */
function expectEqualsCompute(
  result: SimulationResult,
  expected: ComputeResult,
  plan: ComputeResult = expected,
): void {
  const { portfolio } = expected
  expect(result.month).toBe(expected.month)
  expect(result.portfolio.revenue).toEqual(allAt(portfolio.revenue))
  expect(result.portfolio.grossProfit).toEqual(allAt(portfolio.grossProfit))
  expect(result.portfolio.grossMarginPct).toEqual(allAt(portfolio.grossMarginPct))
  expect(result.portfolio.probBelowFloor).toBe(belowFloor(portfolio.zone))
  expect(result.portfolio.floorPct).toBe(plan.portfolio.floorPct)
  expect(result.portfolio.deterministic).toEqual({
    revenue: plan.portfolio.revenue,
    grossProfit: plan.portfolio.grossProfit,
    grossMarginPct: plan.portfolio.grossMarginPct,
  })
  expect(result.features.map((feature) => feature.id)).toEqual(expected.features.map((f) => f.id))
  expected.features.forEach((feature, f) => {
    const simulated = result.features[f]!
    const planFeature = plan.features[f]!
    expect(simulated.grossProfit).toEqual(allAt(feature.grossProfit))
    expect(simulated.grossMarginPct).toEqual(allAt(feature.grossMarginPct))
    expect(simulated.probBelowFloor).toBe(belowFloor(feature.zone))
    expect(simulated.floorPct).toBe(planFeature.floorPct)
  })
  expect(result.forecast.map((band) => band.month)).toEqual(expected.forecast.map((r) => r.month))
  expected.forecast.forEach((row, m) => {
    const band = result.forecast[m]!
    expect(band.grossProfit).toEqual(allAt(row.grossProfit))
    expect(band.grossMarginPct).toEqual(allAt(row.grossMarginPct))
    const planRow = plan.forecast[m]!
    expect(band.deterministic).toEqual({
      grossProfit: planRow.grossProfit,
      grossMarginPct: planRow.grossMarginPct,
    })
  })
}

/** Zero-width ranges, shapes taken in turn (a lognormal only above 0, where it is defined). */
const ranged = (values: readonly { path: string; value: number }[]): Range[] =>
  values.map(({ path, value }, i) => {
    const shape = SHAPES[i % SHAPES.length]!
    return zeroWidth(path, value, shape === 'lognormal' && !(value > 0) ? 'pert' : shape)
  })

/** One path of each kind, named through the first entity of each collection. */
function pathsOf(doc: WorkspaceDoc) {
  const feature = doc.features[0]!
  const step = feature.steps[0]!
  const [entry] = step.mix
  const model = doc.models[0]!
  const cohort = doc.cohorts[0]!
  const usage = cohort.usage[0]!
  const stepPath = `features/${feature.id}/steps/${step.id}`
  const otherModel = doc.models.find((m) => !step.mix.some((e) => e.modelId === m.id))
  return {
    stepTokens: `${stepPath}/inputTokens`,
    share: `${stepPath}/mix/${entry!.modelId}`,
    otherShare: otherModel && `${stepPath}/mix/${otherModel.id}`,
    modelPrice: `models/${model.id}/prices/0/inputPerMTok`,
    providerPrice: `models/provider:${model.provider}/prices/*/inputPerMTok`,
    unitPrice: `features/${feature.id}/pricePerUnit`,
    growth: `cohorts/${cohort.id}/monthlyGrowthPct`,
    seatPrice: `plans/${doc.plans[0]!.id}/seatPrice`,
    decline: 'workspace/annualPriceDeclinePct',
    units: `cohorts/${cohort.id}/usage/${usage.featureId}/unitsPerSeat`,
    mixSum: step.mix.reduce((sum, e) => sum + e.sharePct, 0),
  }
}

function atCurrentValues(doc: WorkspaceDoc, scenarioId: string | null): Range[] {
  const paths = pathsOf(doc)
  // An unchanged share of a mix at exactly 100 leaves the mix as it is (§4).
  expect(paths.mixSum).toBe(100)
  const current = [
    paths.stepTokens,
    paths.share,
    paths.modelPrice,
    paths.unitPrice,
    paths.growth,
    paths.seatPrice,
    paths.decline,
    paths.units,
  ]
  return ranged(current.map((path) => ({ path, value: currentValue(doc, scenarioId, path) })))
}

/**
 * Ranges at values other than the document's. A range on a workspace field makes every price be
 * worked out again in each draw, so the entities are also moved without one: then only the
 * written models' prices are.
 */
function atMovedValues(doc: WorkspaceDoc, scenarioId: string | null, workspace: boolean): Range[] {
  const paths = pathsOf(doc)
  const now = (path: string) => currentValue(doc, scenarioId, path)
  const moved = [
    { path: paths.stepTokens, value: now(paths.stepTokens) * 1.5 + 100 },
    { path: paths.providerPrice, value: 4.2 },
    { path: paths.unitPrice, value: now(paths.unitPrice) + 0.75 },
    { path: paths.growth, value: now(paths.growth) + 2 },
    { path: paths.seatPrice, value: now(paths.seatPrice) + 5 },
    { path: paths.units, value: now(paths.units) * 1.5 },
  ]
  if (paths.otherShare) moved.push({ path: paths.otherShare, value: 30 })
  if (workspace) moved.push({ path: paths.decline, value: 20 })
  return ranged(moved)
}

function run(doc: WorkspaceDoc, scenarioId: string | null, ranges: Range[], month: number) {
  const { result } = simulate({ ...doc, ranges }, { scenarioId, month, draws: DRAWS, seed: 3 })
  return result
}

/** The scenario holding `ranges` itself: they are stated against its document, as it has it. */
function runOwnRanges(doc: WorkspaceDoc, scenarioId: string, ranges: Range[], month: number) {
  const scenarios = doc.scenarios.map((scenario) =>
    scenario.id === scenarioId ? { ...scenario, ranges } : scenario,
  )
  const options = { scenarioId, month, draws: DRAWS, seed: 3 }
  return simulate({ ...doc, scenarios }, options).result
}

describe.each(exampleDocuments())('zero-width ranges on $name', ({ doc }) => {
  it('at the values the document has: exactly compute, every output and month', () => {
    const month = Math.min(2, (doc.horizonMonths ?? 24) - 1)
    const result = run(doc, null, atCurrentValues(doc, null), month)
    expectEqualsCompute(result, compute(doc, { month }))
  })

  it.each([false, true])(
    'at other values (a workspace field too: %s): exactly compute with them set as overrides',
    (workspace) => {
      const ranges = atMovedValues(doc, null, workspace)
      const expected = withOverrides(doc, null, setsOf(ranges))
      expectEqualsCompute(run(doc, null, ranges, 0), compute(expected.doc, expected), compute(doc))
    },
  )
})

describe('zero-width ranges in a scenario whose overrides start in month 6 (demo, price-increase)', () => {
  const doc = exampleDocument('demo-workspace.json')
  const scenarioId = 'price-increase'

  it.each([0, 7])('its own, at the values it has: exactly compute at month %i', (month) => {
    const result = runOwnRanges(doc, scenarioId, atCurrentValues(doc, scenarioId), month)
    expectEqualsCompute(result, compute(doc, { scenarioId, month }))
  })

  // The scenario sets the support agent's price from month 0 and Team's seat price from month 6:
  // the baseline's ranges on them, at the baseline's values, follow the scenario exactly.
  it.each([0, 7])(
    "the baseline's, at the baseline's values: exactly compute at month %i",
    (month) => {
      const ranges = [
        ...atCurrentValues(doc, null),
        zeroWidth(
          'features/support-agent/pricePerUnit',
          currentValue(doc, null, 'features/support-agent/pricePerUnit'),
          'uniform',
        ),
        zeroWidth('plans/team/seatPrice', currentValue(doc, null, 'plans/team/seatPrice'), 'pert'),
      ]
      expectEqualsCompute(run(doc, scenarioId, ranges, month), compute(doc, { scenarioId, month }))
    },
  )

  // plans/team/seatPrice is set from month 6 by the scenario; its own range's set wins from 0.
  const teamPrice = zeroWidth('plans/team/seatPrice', 64, 'triangular')
  const cases: { name: string; ranges: Range[] }[] = [
    {
      name: 'every kind of path',
      ranges: [
        ...atMovedValues(doc, scenarioId, true),
        teamPrice,
        zeroWidth('features/support-agent/steps/resolve/mix/gpt-4o-mini', 40, 'uniform'),
        zeroWidth('plans/team/overagePrice/reply-drafting', 0.08, 'lognormal'),
        zeroWidth('workspace/portfolioFloorPct', 60, 'pert'),
        zeroWidth('features/*/retryRatePct', 4, 'uniform'),
      ],
    },
    // Alone, a plan's price reaches the cohorts on it and the free plan converting to it.
    { name: "a plan's price alone", ranges: [teamPrice] },
    { name: 'models alone', ranges: [zeroWidth('models/*/prices/*/outputPerMTok', 7, 'pert')] },
  ]

  describe.each(cases)('at other values: $name', ({ ranges }) => {
    it.each([0, 7])('exactly compute with the sets after its own, at month %i', (month) => {
      const expected = withOverrides(doc, scenarioId, setsOf(ranges))
      const result = runOwnRanges(doc, scenarioId, ranges, month)
      expectEqualsCompute(
        result,
        compute(expected.doc, { ...expected, month }),
        compute(doc, { scenarioId, month }),
      )
    })
  })
})
