import { describe, expect, it } from 'vitest'
import { validateDocument } from '../../../shared/model/validate'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { largeWorkspace } from '../../fixtures/largeWorkspace'
import { EXAMPLE_NAMES, example } from './fixtures'
import { problemsOf } from './validationHelpers'

describe('validateDocument on the worked examples', () => {
  it.each(EXAMPLE_NAMES)('accepts %s, scenarios included', (name) => {
    expect(problemsOf(example(name))).toEqual([])
  })

  it.each(EXAMPLE_NAMES)('returns %s exactly as it came (export round-trips)', (name) => {
    const doc = example(name)
    const text = JSON.stringify(doc)
    const result = validateDocument(JSON.parse(text))
    expect(result.ok && JSON.stringify(result.doc)).toBe(text)
  })
})

/** The brief's size: 500 features of 4 steps, each routing across 5 models; plus scenarios. */
function workspaceOf500Features(): WorkspaceDoc {
  const doc = largeWorkspace({ features: 500, stepsPerFeature: 4, modelsPerMix: 5 })
  doc.scenarios = [
    {
      id: 'fire-drill',
      name: 'Fire drill',
      overrides: [
        { path: 'models/provider:openai/prices/*/inputPerMTok', op: 'scale', value: 2 },
        { path: 'models/provider:openai/prices/*/outputPerMTok', op: 'scale', value: 2 },
      ],
    },
    {
      id: 'floors',
      name: 'Higher floors',
      parentId: 'fire-drill',
      overrides: [{ path: 'features/*/floorPct', op: 'set', value: 65, fromMonth: 6 }],
    },
    {
      id: 'route',
      name: 'Route to model 0',
      overrides: [{ path: 'features/feature-7/steps/step-1/mix/model-0', op: 'set', value: 60 }],
    },
  ]
  return doc
}

describe('validateDocument on a large workspace', () => {
  it('accepts 500 features with wildcard, chained and dated scenarios', () => {
    expect(problemsOf(workspaceOf500Features())).toEqual([])
  })
})
