import { describe, expect, it } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { example } from './fixtures'
import { applyFails, applyOk } from './editHelpers'

const cascade = (path: string) => ({ op: 'delete' as const, path, cascade: true })

function expectValid(doc: WorkspaceDoc): void {
  const result = validateDocument(doc)
  expect(result.ok ? [] : result.problems).toEqual([])
}

describe('applyEdits: cascading delete of a feature', () => {
  it('removes usage rows, plan entries and the overrides naming it', () => {
    const start = example('contract-analysis')
    start.features.push({ ...structuredClone(start.features[0]!), id: 'summary', name: 'Summary' })
    start.cohorts[0]!.usage.push({ featureId: 'summary', unitsPerSeat: 5 })
    start.plans[0]!.includedUnits = { summary: 10 }
    start.plans[0]!.overagePrice = { summary: 0.2 }
    start.scenarios[0]!.overrides.push({ path: 'features/contract/floorPct', op: 'set', value: 50 })
    expectValid(start)

    const { doc } = applyOk(start, [cascade('features/contract')])
    expect(doc.features.map((feature) => feature.id)).toEqual(['summary'])
    expect(doc.cohorts.map((cohort) => cohort.usage.map((usage) => usage.featureId))).toEqual([
      ['summary'],
      [],
    ])
    expect(doc.plans[0]?.includedUnits).toEqual({ summary: 10 })
    // guardrails named contract's step, cache rate and floor; heavy-tier its plan entries.
    expect(doc.scenarios.map((scenario) => scenario.overrides)).toEqual([[], []])
    expectValid(doc)
  })

  it('removes plan entries for the feature', () => {
    const start = example('devtools-freemium')
    start.plans[0]!.includedUnits = { explain: 100, completions: 5000 }
    start.plans[0]!.overagePrice = { explain: 0.02 }
    const { doc } = applyOk(start, [cascade('features/explain')])
    expect(doc.plans[0]?.includedUnits).toEqual({ completions: 5000 })
    expect(doc.plans[0]?.overagePrice).toEqual({})
    expectValid(doc)
  })
})

describe('applyEdits: cascading delete of a model', () => {
  it('rescales the remaining shares of each mix to 100, proportionally', () => {
    const start = example('support-agent')
    start.models.push({ ...structuredClone(start.models[1]!), id: 'o1', name: 'o1' })
    start.features[0]!.steps[0]!.mix = [
      { modelId: 'gpt-4o', sharePct: 50 },
      { modelId: 'gpt-4o-mini', sharePct: 30 },
      { modelId: 'o1', sharePct: 20 },
    ]
    const { doc } = applyOk(start, [cascade('models/gpt-4o')])
    // 30 and 20 of the remaining 50 become 60 and 40.
    expect(doc.features[0]?.steps[0]?.mix).toEqual([
      { modelId: 'gpt-4o-mini', sharePct: 60 },
      { modelId: 'o1', sharePct: 40 },
    ])
  })

  it('leaves a mix empty when the model was its only entry, for validation to report', () => {
    const { doc } = applyOk(example('support-agent'), [cascade('models/gpt-4o')])
    expect(doc.features.map((feature) => feature.steps[0]?.mix)).toEqual([[], []])
    const result = validateDocument(doc)
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
      'features[simple].steps[loop].mix',
      'features[complex].steps[loop].mix',
    ])
  })

  it('drops the model from self-host options and removes overrides that would name nothing', () => {
    const start = example('selfhost-70b')
    start.models.push({
      ...structuredClone(start.models[0]!),
      id: 'gpt-4o-mini',
      provider: 'openai-mini',
    })
    start.features[0]!.steps[0]!.mix = [
      { modelId: 'gpt-4o', sharePct: 75 },
      { modelId: 'gpt-4o-mini', sharePct: 25 },
    ]
    start.selfHost[0]!.replacesModelIds = ['gpt-4o', 'gpt-4o-mini']
    start.scenarios.push({
      id: 'mini-cuts',
      name: 'Mini gets cheaper',
      overrides: [
        { path: 'models/gpt-4o-mini/prices/0/inputPerMTok', op: 'scale', value: 0.5 },
        { path: 'models/*/prices/*/outputPerMTok', op: 'scale', value: 0.9 },
        { path: 'features/assistant/steps/chat/mix/gpt-4o-mini', op: 'set', value: 50 },
        { path: 'models/provider:openai-mini/prices/0/outputPerMTok', op: 'scale', value: 0.5 },
      ],
    })
    expectValid(start)
    const { doc } = applyOk(start, [cascade('models/gpt-4o-mini')])
    expect(doc.features[0]?.steps[0]?.mix).toEqual([{ modelId: 'gpt-4o', sharePct: 100 }])
    expect(doc.selfHost[0]?.replacesModelIds).toEqual(['gpt-4o'])
    // The wildcard still names gpt-4o; the other three named only the deleted model.
    expect(doc.scenarios[1]?.overrides.map((override) => override.path)).toEqual([
      'models/*/prices/*/outputPerMTok',
    ])
    expectValid(doc)
  })

  it('keeps a provider override while another model of that provider remains', () => {
    const { doc } = applyOk(example('support-agent'), [
      {
        op: 'set',
        path: 'features/simple/steps/loop/mix',
        value: [{ modelId: 'gpt-4o-mini', sharePct: 100 }],
      },
      {
        op: 'set',
        path: 'features/complex/steps/loop/mix',
        value: [{ modelId: 'gpt-4o-mini', sharePct: 100 }],
      },
      { op: 'delete', path: 'scenarios/route-mini' },
      cascade('models/gpt-4o'),
    ])
    expect(doc.scenarios.find((scenario) => scenario.id === 'fire-drill')?.overrides).toHaveLength(
      2,
    )
    expectValid(doc)
  })
})

describe('applyEdits: cascading delete of a plan', () => {
  it('is refused while a cohort is on the plan, naming the cohorts', () => {
    const start = example('contract-analysis')
    expect(applyFails(start, [cascade('plans/seat')])).toEqual([
      {
        path: 'plans/seat',
        message:
          'cannot delete it: Cohort "Typical seats" is on plan "Unlimited seat"; Cohort "Top 10% seats" is on plan "Unlimited seat"',
      },
    ])
  })

  it('clears conversions pointing to the plan', () => {
    const start = example('devtools-freemium')
    start.cohorts[0]!.planId = 'free'
    start.scenarios[0]!.overrides.push({ path: 'plans/pro/seatPrice', op: 'set', value: 20 })
    const { doc } = applyOk(start, [cascade('plans/pro')])
    expect(doc.plans).toHaveLength(1)
    expect('convertsToPlanId' in (doc.plans[0] ?? {})).toBe(false)
    expect(doc.scenarios[0]?.overrides).toHaveLength(1)
    expectValid(doc)
  })
})

describe('applyEdits: cascading delete of scenarios, steps and components', () => {
  it('detaches the child scenarios of a deleted scenario', () => {
    const { doc, inverse } = applyOk(example('support-agent'), [cascade('scenarios/price-complex')])
    expect(doc.scenarios.map((scenario) => [scenario.id, scenario.parentId])).toEqual([
      ['fire-drill', undefined],
      ['route-mini', undefined],
    ])
    expect('parentId' in (doc.scenarios[1] ?? {})).toBe(false)
    expect(inverse.map((edit) => edit.op)).toEqual(['insert', 'set'])
    expectValid(doc)
  })

  it('removes the overrides naming a deleted step or component', () => {
    const start = example('contract-analysis')
    start.features[0]!.steps.push({
      ...structuredClone(start.features[0]!.steps[0]!),
      id: 'review',
    })
    start.features[0]!.steps[0]!.callsPerUnit = 0.5
    start.features[0]!.steps[1]!.callsPerUnit = 0.5
    start.scenarios[1]!.overrides.push(
      { path: 'features/contract/components/rag/costPerUnit', op: 'scale', value: 2 },
      { path: 'features/contract/steps/*/outputTokens', op: 'scale', value: 2 },
    )
    expectValid(start)
    const { doc } = applyOk(start, [
      cascade('features/contract/steps/analyze'),
      cascade('features/contract/components/rag'),
    ])
    expect(doc.scenarios[0]?.overrides.map((override) => override.path)).toEqual([
      'features/contract/responseCacheHitPct',
    ])
    expect(doc.scenarios[1]?.overrides.map((override) => override.path)).toEqual([
      'plans/seat/includedUnits/contract',
      'plans/seat/overagePrice/contract',
      'features/contract/steps/*/outputTokens',
    ])
    expectValid(doc)
  })

  it('deletes an entity nothing refers to like a plain delete', () => {
    const { doc, inverse } = applyOk(example('contract-analysis'), [cascade('cohorts/heavy')])
    expect(doc.cohorts.map((cohort) => cohort.id)).toEqual(['typical'])
    expect(inverse).toHaveLength(1)
  })
})
