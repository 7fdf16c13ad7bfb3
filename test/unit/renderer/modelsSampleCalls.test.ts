/** The calls the Models screen prices each model at: one per step, or a plain default. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_SAMPLE_CALL } from '../../../shared/engine/modelsAtMonth'
import {
  callOf,
  chosenSampleCall,
  describeCall,
  sampleCallChoices,
} from '../../../renderer/src/views/models/sampleCalls'
import { feature, step, workspace } from '../engine/builders'

const doc = workspace({
  features: [
    feature('support', {
      name: 'Support agent',
      steps: [
        step('triage', 'm', {
          name: 'Classify and route',
          inputTokens: 1800,
          outputTokens: 60,
          cachedPrefixTokens: 1200,
          prefixReuse: 50,
        }),
      ],
    }),
    feature('empty', { name: 'No steps yet' }),
    feature('qa', {
      name: 'Analytics Q&A',
      steps: [
        step('plan', 'm', {
          name: 'Plan the SQL',
          inputTokens: 14000,
          outputTokens: 800,
          reasoningTokens: 1500,
          batchSharePct: 60,
        }),
      ],
    }),
  ],
})

describe('sampleCallChoices', () => {
  it('offers every step as "feature › step", in document order', () => {
    expect(sampleCallChoices(doc).map((choice) => [choice.key, choice.label])).toEqual([
      ['support/triage', 'Support agent › Classify and route'],
      ['qa/plan', 'Analytics Q&A › Plan the SQL'],
    ])
  })

  it('takes the chosen step, the first when the choice is gone, none without steps', () => {
    const choices = sampleCallChoices(doc)
    expect(chosenSampleCall(choices, 'qa/plan')?.key).toBe('qa/plan')
    expect(chosenSampleCall(choices, 'qa/deleted')?.key).toBe('support/triage')
    expect(chosenSampleCall(choices, null)?.key).toBe('support/triage')
    expect(chosenSampleCall([], null)).toBeNull()
    expect(callOf(null)).toBe(DEFAULT_SAMPLE_CALL)
  })
})

describe('describeCall', () => {
  it('names the tokens, the cached prefix and the batch share a call has', () => {
    const [triage, plan] = sampleCallChoices(doc)
    expect(describeCall(triage!.call)).toBe(
      '1,800 input + 60 output tokens a call; 1,200-token prefix cached, 50 calls per cache write',
    )
    expect(describeCall(plan!.call)).toBe(
      '14,000 input + 800 output + 1,500 reasoning tokens a call; 60% via the batch API',
    )
    expect(describeCall(DEFAULT_SAMPLE_CALL)).toBe('1,000 input + 500 output tokens a call')
  })
})
