import { describe, expect, it } from 'vitest'
import { wrapWords } from '../../../shared/report/labels'

describe('wrapWords', () => {
  it('keeps what fits and cuts the rest with an ellipsis', () => {
    expect(wrapWords('Route more drafts and agent turns to GPT-4o mini', 20, 2)).toEqual([
      'Route more drafts',
      'and agent turns to…',
    ])
  })

  it('never leaves a bracket open where it cuts', () => {
    expect(wrapWords('Llama 3.3 70B on 2× H100 (replaces GPT-4o) throughout', 32, 1)).toEqual([
      'Llama 3.3 70B on 2× H100…',
    ])
  })

  it('leaves text that fits alone', () => {
    expect(wrapWords('Baseline (today)', 20, 1)).toEqual(['Baseline (today)'])
  })
})
