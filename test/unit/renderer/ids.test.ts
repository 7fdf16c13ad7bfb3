import { describe, expect, it } from 'vitest'
import { duplicateOf, newIdentity } from '../../../renderer/src/ids'

describe('newIdentity', () => {
  it('takes the base name and its slug when nothing is taken', () => {
    expect(newIdentity('New feature', [])).toEqual({ id: 'new-feature', name: 'New feature' })
  })

  it('numbers the name and the id from 2 when the base is taken', () => {
    const siblings = [{ id: 'new-feature', name: 'New feature' }]
    expect(newIdentity('New feature', siblings)).toEqual({
      id: 'new-feature-2',
      name: 'New feature 2',
    })
  })

  it('takes the first free number, not one past the count', () => {
    const siblings = [
      { id: 'new-plan', name: 'New plan' },
      { id: 'new-plan-3', name: 'New plan 3' },
      { id: 'pro', name: 'Pro' },
    ]
    expect(newIdentity('New plan', siblings)).toEqual({ id: 'new-plan-2', name: 'New plan 2' })
  })

  it('numbers the id alone when only the slug is taken', () => {
    const siblings = [{ id: 'new-model', name: 'GPT-4o' }]
    expect(newIdentity('New model', siblings)).toEqual({ id: 'new-model-2', name: 'New model' })
  })

  it('slugs the numbered name, so a free base name with a taken numbered id moves on', () => {
    const siblings = [
      { id: 'a', name: 'New step' },
      { id: 'new-step-2', name: 'Retrieval' },
    ]
    // The name "New step 2" is free but its slug is taken: the id gets its own suffix.
    expect(newIdentity('New step', siblings)).toEqual({ id: 'new-step-2-2', name: 'New step 2' })
  })

  it('slugs punctuation into single hyphens and falls back to "item"', () => {
    expect(newIdentity('Chat (fork)', [])).toEqual({ id: 'chat-fork', name: 'Chat (fork)' })
    expect(newIdentity('Chat (fork)', [{ id: 'x', name: 'Chat (fork)' }])).toEqual({
      id: 'chat-fork-2',
      name: 'Chat (fork) 2',
    })
    expect(newIdentity('—', [])).toEqual({ id: 'item', name: '—' })
  })
})

describe('duplicateOf', () => {
  const gpt4o = {
    id: 'gpt-4o',
    name: 'GPT-4o',
    provider: 'openai',
    sourceId: 'gpt-4o',
    prices: [{ from: '2024-10-02', inputPerMTok: 2.5, outputPerMTok: 10 }],
  }

  it('copies a model under a new id and name, unlinked from its price source', () => {
    const copy = duplicateOf(gpt4o, [gpt4o])
    expect(copy).toEqual({
      id: 'gpt-4o-copy',
      name: 'GPT-4o (copy)',
      provider: 'openai',
      prices: gpt4o.prices,
    })
    expect(copy).not.toHaveProperty('sourceId')
    expect(copy.prices).not.toBe(gpt4o.prices)
  })
})
