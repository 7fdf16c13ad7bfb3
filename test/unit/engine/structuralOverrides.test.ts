/**
 * Scenarios that change structure (DESIGN.md §4a): an inserted entity counts exactly as if the
 * baseline held it, from its month on; removing it again gives the baseline back exactly; and
 * what cannot be applied is reported by path.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine/compute'
import { validateDocument } from '../../../shared/model/validate'
import type {
  Feature,
  InsertedEntity,
  Override,
  Scenario,
  WorkspaceDoc,
} from '../../../shared/model/types'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'

const support = (): WorkspaceDoc => exampleDocument('support-agent.json')

const coaching: Feature = {
  id: 'coaching',
  name: 'AI coaching',
  unit: 'call',
  category: 'premium',
  pricePerUnit: 0.5,
  steps: [
    {
      id: 'insights',
      name: 'Coaching insights',
      inputTokens: 6000,
      outputTokens: 800,
      mix: [{ modelId: 'gpt-4o-mini', sharePct: 100 }],
    },
  ],
  components: [{ id: 'asr', name: 'Transcription', layer: 'inference', costPerUnit: 0.02 }],
}

function withScenarios(doc: WorkspaceDoc, scenarios: Scenario[]): WorkspaceDoc {
  return { ...doc, scenarios }
}

/** Problems of the document, failing the test when the baseline itself is at fault. */
function problems(doc: WorkspaceDoc) {
  const result = validateDocument(doc)
  return result.ok ? [] : result.problems
}

/** Entities that can be added to an example's baseline with nothing else changed. */
function additions(doc: WorkspaceDoc): { path: string; value: InsertedEntity }[] {
  const feature = doc.features[0]!
  const cohort = doc.cohorts[0]!
  const model = doc.models[0]!
  const plan = doc.plans[0]!
  return [
    { path: 'models', value: { ...model, id: 'extra-model', name: 'Extra model' } },
    {
      path: 'features',
      value: {
        ...coaching,
        steps: [{ ...coaching.steps[0]!, mix: [{ modelId: model.id, sharePct: 100 }] }],
      },
    },
    {
      path: `features/${feature.id}/steps`,
      value: {
        id: 'extra-step',
        name: 'Reasoning',
        inputTokens: 3000,
        outputTokens: 500,
        reasoningTokens: 2000,
        mix: [{ modelId: model.id, sharePct: 100 }],
      },
    },
    {
      path: `features/${feature.id}/components`,
      value: {
        id: 'extra-cost',
        name: 'Vector DB',
        layer: 'infrastructure',
        costPerUnit: 0.003,
        fixedMonthly: 400,
      },
    },
    { path: 'plans', value: { ...plan, id: 'extra-plan', name: 'Extra plan' } },
    {
      path: 'cohorts',
      value: { ...cohort, id: 'extra-cohort', name: 'Extra cohort', customers: 37 },
    },
    ...doc.features
      .filter((candidate) => !cohort.usage.some((usage) => usage.featureId === candidate.id))
      .map((candidate) => ({
        path: `cohorts/${cohort.id}/usage`,
        value: { featureId: candidate.id, unitsPerSeat: 12, tokenScale: 1.5 },
      })),
  ]
}

/** The baseline as it would be had it held the entity all along. */
function baselineWith(doc: WorkspaceDoc, path: string, value: InsertedEntity): WorkspaceDoc {
  const copy = structuredClone({ ...doc, scenarios: [] })
  const segments = path.split('/')
  let list: unknown = copy
  for (const segment of segments) {
    list = Array.isArray(list)
      ? list.find((item: { id?: string }) => item.id === segment)
      : (list as Record<string, unknown>)[segment]
  }
  ;(list as unknown[]).push(structuredClone(value))
  return copy
}

const itemKey = (value: InsertedEntity): string =>
  'id' in value ? value.id : (value as { featureId: string }).featureId

describe('insert and remove overrides', () => {
  it('an inserted entity counts from its month exactly as a baseline one', () => {
    let cases = 0
    for (const { doc } of exampleDocuments()) {
      for (const { path, value } of additions(doc)) {
        for (const fromMonth of [0, 3]) {
          const scenario: Scenario = {
            id: 'adds',
            name: 'Adds',
            overrides: [{ path, op: 'insert', value, fromMonth }],
          }
          const inScenario = withScenarios(doc, [scenario])
          expect(problems(inScenario)).toEqual([])
          const withIt = baselineWith(doc, path, value)
          const before = compute({ ...doc, scenarios: [] })
          const after = compute(withIt)
          const result = compute(inScenario, { scenarioId: 'adds', month: fromMonth })
          // The month itself, as the baseline with the entity computes it; the months before it
          // as the baseline without it (the forecast spans both).
          const { forecast: _forecast, selfHost: _selfHost, ...monthResult } = result
          const { forecast: _f, selfHost: _s, ...expected } = compute(withIt, { month: fromMonth })
          expect({ ...monthResult, scenarioId: null }).toEqual(expected)
          result.forecast.forEach((row, month) => {
            expect(row).toEqual((month < fromMonth ? before : after).forecast[month])
          })
          cases++
        }
      }
    }
    expect(cases).toBeGreaterThanOrEqual(40)
  })

  it('property: a child that removes what its parent inserted gives the baseline exactly', () => {
    let ran = 0
    const named = exampleDocuments()
    fc.assert(
      fc.property(
        fc.nat(named.length - 1),
        fc.nat(50),
        fc.constantFrom(0, 1, 5),
        fc.boolean(),
        (docIndex, additionIndex, fromMonth, withValueOverride) => {
          const { doc } = named[docIndex]!
          const choices = additions(doc)
          const { path, value } = choices[additionIndex % choices.length]!
          const entityPath = `${path}/${itemKey(value)}`
          const parentOverrides: Override[] = [{ path, op: 'insert', value, fromMonth }]
          // A change to the added row rides along and goes with it.
          if (withValueOverride && path === 'cohorts') {
            parentOverrides.push({
              path: `${entityPath}/customers`,
              op: 'scale',
              value: 2,
              fromMonth,
            })
          }
          const scenarios: Scenario[] = [
            ...doc.scenarios,
            { id: 'adds', name: 'Adds', overrides: parentOverrides },
            {
              id: 'undoes',
              name: 'Undoes',
              parentId: 'adds',
              overrides: [{ path: entityPath, op: 'remove', fromMonth }],
            },
          ]
          const both = withScenarios(doc, scenarios)
          expect(problems(both)).toEqual([])
          for (const month of [0, fromMonth, 7]) {
            const undone = compute(both, { scenarioId: 'undoes', month })
            expect({ ...undone, scenarioId: null }).toEqual(compute(doc, { month }))
          }
          ran++
        },
      ),
      { numRuns: 60 },
    )
    expect(ran).toBe(60)
  })

  it('a child scenario adds a step to a feature its parent added, on another model', () => {
    const doc = withScenarios(support(), [
      {
        id: 'ai',
        name: 'AI coaching',
        overrides: [
          { path: 'features', op: 'insert', value: coaching },
          { path: 'cohorts/all/usage/coaching/unitsPerSeat', op: 'set', value: 20 },
        ],
      },
      {
        id: 'reasoning',
        name: 'Reasoning step',
        parentId: 'ai',
        overrides: [
          {
            path: 'features/coaching/steps',
            op: 'insert',
            value: {
              id: 'think',
              name: 'Think',
              inputTokens: 2000,
              outputTokens: 300,
              reasoningTokens: 1500,
              mix: [{ modelId: 'gpt-4o', sharePct: 100 }],
            },
          },
        ],
      },
    ])
    expect(problems(doc)).toEqual([])
    const built = baselineWith(
      baselineWith(support(), 'features', coaching),
      'features/coaching/steps',
      {
        id: 'think',
        name: 'Think',
        inputTokens: 2000,
        outputTokens: 300,
        reasoningTokens: 1500,
        mix: [{ modelId: 'gpt-4o', sharePct: 100 }],
      },
    )
    // The usage set on a cohort that did not use the feature created the use (§4a).
    built.cohorts[0]!.usage.push({ featureId: 'coaching', unitsPerSeat: 20 })
    expect({ ...compute(doc, { scenarioId: 'reasoning' }), scenarioId: null }).toEqual(
      compute(built),
    )
    expect(doc.features.map((feature) => feature.id)).toEqual(['simple', 'complex'])
  })
})

describe('validation of structural overrides, naming the path', () => {
  const scenarioWith = (overrides: Override[]) =>
    withScenarios(support(), [{ id: 'structural', name: 'Structural', overrides }])

  it.each([
    [
      'an insert whose id is taken',
      [{ path: 'features', op: 'insert', value: { ...coaching, id: 'simple' } }],
      {
        path: 'scenarios[structural].overrides[0]',
        message: 'features: id "simple" is already taken',
      },
    ],
    [
      'an insert into something that is not a collection',
      [{ path: 'features/simple/pricePerUnit', op: 'insert', value: coaching }],
      {
        path: 'scenarios[structural].overrides[0]',
        message: expect.stringContaining('an insert names a collection'),
      },
    ],
    [
      'a remove of nothing',
      [{ path: 'features/nope', op: 'remove' }],
      { path: 'scenarios[structural].overrides[0]', message: 'features/nope: no feature "nope"' },
    ],
    [
      'a remove that leaves a reference behind',
      [{ path: 'features/simple', op: 'remove' }],
      {
        path: 'scenarios[structural]',
        message: 'makes cohorts[all].usage[simple].featureId invalid: unknown feature "simple"',
      },
    ],
    [
      'an inserted entity that is invalid as a baseline one would be',
      [
        {
          path: 'features/simple/steps',
          op: 'insert',
          value: {
            id: 'bad',
            name: 'Bad',
            inputTokens: -1,
            outputTokens: 0,
            mix: [{ modelId: 'gpt-4o', sharePct: 90 }],
          },
        },
      ],
      {
        path: 'scenarios[structural]',
        message: expect.stringContaining('makes features[simple].steps[bad]'),
      },
    ],
    [
      'a value override on what is inserted only later',
      [
        { path: 'features', op: 'insert', value: coaching, fromMonth: 6 },
        { path: 'features/coaching/pricePerUnit', op: 'set', value: 1 },
      ],
      {
        path: 'scenarios[structural].overrides[1]',
        message: 'features/coaching/pricePerUnit: no feature "coaching"',
      },
    ],
    [
      'a remove with a value',
      [{ path: 'features/simple', op: 'remove', value: 3 }],
      { path: 'scenarios[structural].overrides[0].value', message: 'unknown property' },
    ],
    [
      'an insert with a number',
      [{ path: 'features', op: 'insert', value: 3 }],
      { path: 'scenarios[structural].overrides[0].value', message: 'expected an object, got 3' },
    ],
  ] as [string, Override[], unknown][])('refuses %s', (_what, overrides, problem) => {
    expect(problems(scenarioWith(overrides))).toContainEqual(problem)
  })
})
