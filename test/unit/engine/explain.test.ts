/**
 * The explanation of a computed cell lists numbers that make the cell: a sum's terms add up to it,
 * all the way down, and the top value is the engine's own figure. The features chosen cover
 * hidden cost, response-cache hits, fixed cost, components, retries and token-scaled cohorts.
 */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import { explain, explainContext, type Explanation } from '../../../shared/engine/explain'
import { exampleDocument } from '../../fixtures/documents'

const SUM = /^\{\w+\}( \+ \{\w+\})*$/

/** Every sum in the tree adds up (to float noise); returns how many sums were checked. */
function checkSums(explanation: Explanation): number {
  let checked = 0
  if (SUM.test(explanation.formula) && explanation.value !== null) {
    const total = explanation.terms.reduce((sum, term) => sum + term.value!, 0)
    expect(total).toBeCloseTo(explanation.value, 10)
    checked++
  }
  for (const term of explanation.terms) {
    if (term.explain) {
      expect(term.explain.value).toBe(term.value)
      checked += checkSums(term.explain)
    }
  }
  return checked
}

const labels = (explanation: Explanation | undefined) => explanation?.terms.map((t) => t.label)

function costPerUnitOf(file: string, featureId: string, scenarioId: string | null = null) {
  const doc = exampleDocument(file)
  const context = explainContext(doc, scenarioId)
  const explanation = explain(context, { of: 'feature', featureId, field: 'costPerUnit' })!
  const engine = compute(doc, { scenarioId }).features.find((f) => f.id === featureId)!
  return { explanation, engine }
}

describe('explain: a feature’s cost per unit', () => {
  it('knowledge-search (demo): steps, components, hidden 5%, 18% cache hits, fixed vector DB', () => {
    const { explanation, engine } = costPerUnitOf('demo-workspace.json', 'knowledge-search')
    expect(explanation.value).toBe(engine.costPerUnit)
    expect(labels(explanation)).toEqual(['Variable cost / unit', 'Fixed cost / unit'])
    const [variable, fixed] = explanation.terms
    expect(variable!.value).toBe(engine.variableCostPerUnit)
    expect(labels(variable!.explain)).toEqual(['LLM steps', 'Components', 'Hidden cost'])
    // Fixed: the vector DB's $1,400 a month over the month's units.
    expect(fixed!.value).toBeCloseTo(1400 / engine.units, 12)
    // Each step's share is the engine's step cost per unit, cache hits included.
    const steps = variable!.explain!.terms[0]!.explain!
    expect(steps.terms.map((t) => t.value)).toEqual(engine.steps.map((s) => s.costPerUnit))
    const firstStep = steps.terms[0]!.explain!
    expect(firstStep.formula).toContain('(1 − {cacheHit})')
    expect(firstStep.terms.find((t) => t.key === 'cacheHit')?.value).toBe(18)
    expect(checkSums(explanation)).toBeGreaterThanOrEqual(5)
  })

  it('support-agent (demo): retries, hidden 8%, and a heavy cohort at 1.6× tokens', () => {
    const { explanation, engine } = costPerUnitOf('demo-workspace.json', 'support-agent')
    expect(explanation.value).toBe(engine.costPerUnit)
    const [variable] = explanation.terms
    expect(variable!.label).toBe('Variable cost / unit, averaged over cohorts')
    // The heavy cohort's part is explained at its own token scale.
    const scales = variable!.explain!.terms.map((t) => t.explain!.terms[1]!.label)
    expect(scales).toContain('Variable cost / unit at 1.6× tokens')
    expect(checkSums(explanation)).toBeGreaterThanOrEqual(5)
  })

  it('support-agent.json complex tickets: $1.80 = 36 calls × $0.05', () => {
    const { explanation } = costPerUnitOf('support-agent.json', 'complex')
    expect(explanation.value).toBeCloseTo(1.8, 10)
    const step = explanation.terms[0]!.explain!.terms[0]!.explain!.terms[0]!.explain!
    expect(step.formula).toBe('{calls} × {call}')
    expect(step.terms.map((t) => t.value)).toEqual([36, expect.closeTo(0.05, 12)])
    // One call: 12,000 input tokens at $2.50/MTok + 2,000 output at $10/MTok.
    const call = step.terms[1]!.explain!
    expect(call.terms.map((t) => t.value)).toEqual([
      expect.closeTo(0.03, 12),
      expect.closeTo(0.02, 12),
    ])
    // Its input tokens link to the step's Input cell.
    expect(call.terms[0]!.explain!.terms[0]!.target).toEqual({
      view: 'features',
      path: 'features/complex/steps/loop',
      column: 'inputTokens',
    })
    expect(checkSums(explanation)).toBeGreaterThanOrEqual(4)
  })

  it('devtools completions: a fixed GPU bill over the Pro users’ completions', () => {
    const { explanation, engine } = costPerUnitOf('devtools-freemium.json', 'completions')
    expect(explanation.value).toBe(engine.costPerUnit)
    const fixed = explanation.terms.find((t) => t.key === 'fixed')!
    // $2,800 a month over 1,500 seats × 3,000 completions.
    expect(fixed.value).toBeCloseTo(2800 / 4_500_000, 15)
    expect(fixed.explain!.terms[0]!.explain!.terms[0]!.target).toEqual({
      view: 'features',
      path: 'features/completions/components/gpu',
      column: 'fixedMonthly',
    })
    expect(checkSums(explanation)).toBeGreaterThanOrEqual(3)
  })

  it('contract-analysis guardrails: a 60/40 mix and 10% cache hits', () => {
    const { explanation, engine } = costPerUnitOf(
      'contract-analysis.json',
      'contract',
      'guardrails',
    )
    expect(explanation.value).toBe(engine.costPerUnit)
    expect(checkSums(explanation)).toBeGreaterThanOrEqual(4)
  })

  it('a feature nobody uses has no cost per unit, and says why, with its variable cost', () => {
    const doc = exampleDocument('devtools-freemium.json')
    const unused = { ...doc, cohorts: [] }
    const explanation = explain(explainContext(unused, null), {
      of: 'feature',
      featureId: 'explain',
      field: 'costPerUnit',
    })!
    expect(explanation.value).toBeNull()
    expect(explanation.note).toMatch(/needs units/)
    expect(explanation.terms[0]!.value).toBe(compute(unused).features[1]!.variableCostPerUnit)
  })
})

describe('explain: other computed cells', () => {
  const doc = exampleDocument('demo-workspace.json')
  const context = explainContext(doc, null)
  const result = compute(doc)

  it('gives each feature figure the engine’s value, with sums that add up', () => {
    const fields = [
      ['units', 'units'],
      ['revenue', 'revenue'],
      ['variableCostPerUnit', 'variableCostPerUnit'],
      ['costPerUnitP95', 'costPerUnitP95'],
      ['revenuePerUnit', 'revenuePerUnit'],
      ['margin', 'grossMarginPct'],
      ['p95Margin', 'p95MarginPct'],
      ['breakevenAtFloor', 'breakevenPriceAtFloor'],
    ] as const
    let sums = 0
    for (const feature of result.features) {
      for (const [field, key] of fields) {
        const explanation = explain(context, { of: 'feature', featureId: feature.id, field })!
        expect(explanation.value, `${feature.id} ${field}`).toBe(feature[key])
        sums += checkSums(explanation)
      }
    }
    expect(sums).toBeGreaterThan(50)
  })

  it('gives each step’s cost per call and per unit as the engine does', () => {
    for (const feature of result.features) {
      for (const step of feature.steps) {
        for (const field of ['callCost', 'costPerUnit'] as const) {
          const request = { of: 'step', featureId: feature.id, stepId: step.id, field } as const
          const explanation = explain(context, request)!
          expect(explanation.value).toBeCloseTo(step[field], 15)
          checkSums(explanation)
        }
      }
    }
  })

  it('gives each cohort figure the engine’s value; revenue and COGS add up', () => {
    const fields = ['revenue', 'cogs', 'margin', 'revenuePerSeat', 'cogsPerSeat', 'aiCogsPerSeat']
    const keys = {
      revenue: 'revenue',
      cogs: 'cogs',
      margin: 'grossMarginPct',
      revenuePerSeat: 'revenuePerSeat',
      cogsPerSeat: 'cogsPerSeat',
      aiCogsPerSeat: 'aiCogsPerSeat',
    } as const
    let sums = 0
    for (const cohort of result.cohorts) {
      for (const field of fields as (keyof typeof keys)[]) {
        const explanation = explain(context, { of: 'cohort', cohortId: cohort.id, field })!
        expect(explanation.value).toBe(cohort[keys[field]])
        sums += checkSums(explanation)
      }
    }
    expect(sums).toBeGreaterThan(20)
  })
})
