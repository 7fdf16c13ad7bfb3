import { describe, expect, it } from 'vitest'
import {
  catalogModelId,
  isSameSourceModel,
  workspaceModelId,
} from '../../../shared/catalog/catalogIds'

const ids = (...list: string[]) => list.map((id) => ({ id }))

describe('catalogModelId', () => {
  it('turns every slash into a tilde', () => {
    expect(catalogModelId('anthropic/claude-sonnet-5')).toBe('anthropic~claude-sonnet-5')
    expect(catalogModelId('a/b/c')).toBe('a~b~c')
  })

  it('leaves an id without slashes as it is', () => {
    expect(catalogModelId('gpt-4o')).toBe('gpt-4o')
    expect(catalogModelId('regional.anthropic.claude-sonnet-5-v1:0')).toBe(
      'regional.anthropic.claude-sonnet-5-v1:0',
    )
  })
})

describe('workspaceModelId', () => {
  const source = { provider: 'azure', sourceId: 'gpt-4o' }

  it('is the path-safe source id when the workspace does not have it', () => {
    expect(workspaceModelId(source, ids('gpt-4o-mini'))).toBe('gpt-4o')
    expect(workspaceModelId({ provider: 'openrouter', sourceId: 'openai/gpt-4o' }, [])).toBe(
      'openai~gpt-4o',
    )
  })

  it('appends @provider when another model already has that id', () => {
    expect(workspaceModelId(source, ids('gpt-4o'))).toBe('gpt-4o@azure')
  })

  it('numbers the id when even the provider-qualified one is taken', () => {
    expect(workspaceModelId(source, ids('gpt-4o', 'gpt-4o@azure'))).toBe('gpt-4o@azure-2')
    expect(workspaceModelId(source, ids('gpt-4o', 'gpt-4o@azure', 'gpt-4o@azure-2'))).toBe(
      'gpt-4o@azure-3',
    )
  })
})

describe('isSameSourceModel', () => {
  const source = { provider: 'openai', sourceId: 'gpt-4o' }

  it('matches on provider and source id together', () => {
    expect(isSameSourceModel({ provider: 'openai', sourceId: 'gpt-4o' }, source)).toBe(true)
    expect(isSameSourceModel({ provider: 'azure', sourceId: 'gpt-4o' }, source)).toBe(false)
    expect(isSameSourceModel({ provider: 'openai', sourceId: 'gpt-4o-mini' }, source)).toBe(false)
  })

  it('never matches a model without a source id', () => {
    expect(isSameSourceModel({ provider: 'openai' }, source)).toBe(false)
  })
})
