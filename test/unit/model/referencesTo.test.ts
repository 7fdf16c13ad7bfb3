import { describe, expect, it } from 'vitest'
import { referencesTo } from '../../../shared/model/edits'
import { example } from './fixtures'

describe('referencesTo', () => {
  it('names the steps routing to a model and the scenarios overriding it', () => {
    expect(referencesTo(example('support-agent'), 'models/gpt-4o')).toEqual([
      'Step "Agent loop" of "Simple resolution" routes 100% to it',
      'Step "Multi-step reasoning" of "Complex resolution" routes 100% to it',
      'Scenario "OpenAI doubles prices" overrides it (2 overrides)',
    ])
  })

  it('counts a mix override as overriding the model it routes to', () => {
    expect(referencesTo(example('support-agent'), 'models/gpt-4o-mini')).toEqual([
      'Scenario "OpenAI doubles prices" overrides it (2 overrides)',
      'Scenario "Route 30% of complex calls to mini" overrides it (1 override)',
    ])
  })

  it('gives the share a step routes to a model', () => {
    const doc = example('support-agent')
    doc.features[1]!.steps[0]!.mix = [
      { modelId: 'gpt-4o', sharePct: 70 },
      { modelId: 'gpt-4o-mini', sharePct: 30 },
    ]
    expect(referencesTo(doc, 'models/gpt-4o-mini')[0]).toBe(
      'Step "Multi-step reasoning" of "Complex resolution" routes 30% to it',
    )
  })

  it('names self-host options replacing a model (a workspace-wide override is not on it)', () => {
    expect(referencesTo(example('selfhost-70b'), 'models/gpt-4o')).toEqual([
      'Step "Chat turn" of "In-app assistant" routes 100% to it',
      'Self-host option "70B open-weight on 4x H100" replaces it',
    ])
  })

  it('names the cohorts using a feature, the plans pricing it and the overrides on it', () => {
    const doc = example('contract-analysis')
    expect(referencesTo(doc, 'features/contract')).toEqual([
      'Cohort "Typical seats" uses feature "Contract analysis"',
      'Cohort "Top 10% seats" uses feature "Contract analysis"',
      'Scenario "Route short documents to GPT-3.5, cache re-analysis" overrides it (2 overrides)',
      'Scenario "Heavy seats move to usage overage" overrides it (2 overrides)',
    ])
    doc.plans[0]!.includedUnits = { contract: 100 }
    doc.plans[0]!.overagePrice = { contract: 0.5 }
    expect(referencesTo(doc, 'features/contract').slice(2, 4)).toEqual([
      'Plan "Unlimited seat" includes 100 units of feature "Contract analysis" per seat',
      'Plan "Unlimited seat" prices overage of feature "Contract analysis" at 0.5',
    ])
  })

  it('names the cohorts on a plan and the plans converting to it', () => {
    expect(referencesTo(example('devtools-freemium'), 'plans/pro')).toEqual([
      'Cohort "Pro users" is on plan "Pro"',
      'Plan "Free" converts to it',
    ])
  })

  it('names the child scenarios of a scenario', () => {
    expect(referencesTo(example('support-agent'), 'scenarios/price-complex')).toEqual([
      'Scenario "Route 30% of complex calls to mini" builds on it',
    ])
  })

  it('names the overrides on nested entities', () => {
    const doc = example('devtools-freemium')
    expect(referencesTo(doc, 'cohorts/free-users/usage/explain')).toEqual([
      'Scenario "Free explanations on the 7B model" overrides it (1 override)',
    ])
    expect(referencesTo(doc, 'cohorts/free-users')).toEqual([
      'Scenario "Free explanations on the 7B model" overrides it (1 override)',
    ])
    expect(referencesTo(doc, 'cohorts/pro-users')).toEqual([])
    const routed = example('support-agent')
    routed.features[1]!.steps[0]!.mix = [
      { modelId: 'gpt-4o', sharePct: 80 },
      { modelId: 'gpt-4o-mini', sharePct: 20 },
    ]
    expect(referencesTo(routed, 'features/complex/steps/loop/mix/gpt-4o-mini')).toEqual([
      'Scenario "Route 30% of complex calls to mini" overrides it (1 override)',
    ])
    // The override names the mini model's share; the other shares only follow it.
    expect(referencesTo(routed, 'features/complex/steps/loop/mix/gpt-4o')).toEqual([])
  })

  it('is empty for a path that names no entity', () => {
    const doc = example('support-agent')
    expect(referencesTo(doc, 'features/nope')).toEqual([])
    expect(referencesTo(doc, 'features/simple/name')).toEqual([])
    expect(referencesTo(doc, 'workspace/name')).toEqual([])
    expect(referencesTo(doc, '')).toEqual([])
  })
})
