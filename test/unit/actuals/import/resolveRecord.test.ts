import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { modelNameCandidates, recordResolver } from '../../../../shared/actuals/resolveRecord'
import type { UsageRecord } from '../../../../shared/actuals/types'
import type { WorkspaceDoc } from '../../../../shared/model/types'

const doc = JSON.parse(
  readFileSync('/work/shared/examples/support-agent.json', 'utf8'),
) as WorkspaceDoc

const record = (fields: Partial<UsageRecord>): UsageRecord => ({
  line: 2,
  day: '2026-11-02',
  tags: [],
  metadata: {},
  calls: 1,
  inputTokens: 0,
  cachedInputTokens: 0,
  cacheWriteTokens: 0,
  outputTokens: 0,
  reasoningTokens: 0,
  reportedCost: null,
  ...fields,
})

describe('the defaults of §9', () => {
  const resolver = recordResolver(doc, undefined)

  it('find the feature by trace name, tag or metadata, by id or name, in any case', () => {
    for (const fields of [
      { traceName: 'simple' },
      { traceName: 'SIMPLE RESOLUTION' },
      { tags: ['prod', 'Simple'] },
      { metadata: { feature: 'simple' } },
    ]) {
      expect(resolver.resolve(record(fields))).toMatchObject({ matched: true, featureId: 'simple' })
    }
  })

  it('say what they read when nothing matches, so the person can map it', () => {
    expect(resolver.resolve(record({ traceName: 'billing-bot', tags: ['x'] }))).toEqual({
      matched: false,
      value: 'billing-bot',
    })
    expect(resolver.resolve(record({}))).toEqual({ matched: false, value: '' })
  })

  it('take the step from the observation name, the unit from the trace, the customer from the user', () => {
    expect(
      resolver.resolve(
        record({
          traceName: 'complex',
          observationName: 'Multi-step reasoning',
          traceId: 't-1',
          requestId: 'r-1',
          userId: 'acme',
          model: 'gpt-4o-2024-08-06',
        }),
      ),
    ).toEqual({
      matched: true,
      featureId: 'complex',
      stepId: 'loop',
      modelId: 'gpt-4o',
      unitId: 't-1',
      customerId: 'acme',
      // The workspace has one cohort: every customer is in it.
      cohortId: 'all',
    })
  })

  it('fall back to the request id for a unit, and to "unassigned" for a customer', () => {
    expect(resolver.resolve(record({ traceName: 'simple', requestId: 'r-9' }))).toMatchObject({
      unitId: 'r-9',
      customerId: 'unassigned',
      stepId: '',
      modelId: null,
    })
  })
})

describe('model names as providers and routers write them', () => {
  it('are tried as written, without a provider prefix and without a date', () => {
    expect(modelNameCandidates('openai/gpt-4o-2024-08-06')).toEqual([
      'openai/gpt-4o-2024-08-06',
      'gpt-4o-2024-08-06',
      'gpt-4o',
    ])
    expect(modelNameCandidates('claude-sonnet-4-5-20250929')).toEqual([
      'claude-sonnet-4-5-20250929',
      'claude-sonnet-4-5',
    ])
  })

  it("match a model's catalog source id", () => {
    const withSource: WorkspaceDoc = {
      ...doc,
      models: doc.models.map((m) => (m.id === 'gpt-4o' ? { ...m, sourceId: 'chatgpt-4o' } : m)),
    }
    const found = recordResolver(withSource, undefined).resolve(
      record({ traceName: 'simple', model: 'ChatGPT-4o' }),
    )
    expect(found).toMatchObject({ modelId: 'gpt-4o' })
  })
})

describe('a saved mapping', () => {
  it('reads the feature where it says, translating values through its table', () => {
    const resolver = recordResolver(doc, {
      id: 'openai',
      feature: { from: 'projectId', values: [{ value: 'proj_support', id: 'simple' }] },
      unit: 'sessionId',
      customer: { from: 'metadata', key: 'tenant' },
      models: [{ value: 'house-model', id: 'gpt-4o-mini' }],
      cohorts: [{ value: 'acme', id: 'all' }],
      defaultCohortId: 'nowhere',
    })
    expect(
      resolver.resolve(
        record({
          projectId: 'proj_support',
          traceName: 'complex',
          sessionId: 's-1',
          metadata: { tenant: 'acme' },
          model: 'house-model',
        }),
      ),
    ).toMatchObject({
      featureId: 'simple',
      unitId: 's-1',
      customerId: 'acme',
      cohortId: 'all',
      modelId: 'gpt-4o-mini',
    })
    // The trace name no longer decides; a default cohort the workspace lacks gives none.
    expect(resolver.resolve(record({ projectId: 'proj_billing', traceName: 'simple' }))).toEqual({
      matched: false,
      value: 'proj_billing',
    })
    expect(
      resolver.resolve(record({ projectId: 'proj_support', metadata: { tenant: 'globex' } })),
    ).toMatchObject({ customerId: 'globex', cohortId: null })
  })

  it('translates the customer through its table, else takes the value read', () => {
    const resolver = recordResolver(doc, {
      id: 'openai',
      customer: {
        from: 'metadata',
        key: 'api_key',
        values: [
          { value: 'sk-abc', id: 'acme' },
          { value: 'sk-def', id: 'acme' },
        ],
      },
    })
    const customer = (apiKey: string | undefined) =>
      resolver.resolve(
        record({ traceName: 'simple', metadata: apiKey === undefined ? {} : { api_key: apiKey } }),
      )
    expect(customer('sk-abc')).toMatchObject({ customerId: 'acme', cohortId: 'all' })
    expect(customer('sk-def')).toMatchObject({ customerId: 'acme' })
    expect(customer('sk-xyz')).toMatchObject({ customerId: 'sk-xyz' })
    expect(customer(undefined)).toMatchObject({ customerId: 'unassigned' })
  })

  it('reads tags by a key prefix', () => {
    const resolver = recordResolver(doc, {
      id: 'helicone',
      feature: { from: 'tag', key: 'feature' },
    })
    expect(resolver.resolve(record({ tags: ['env:prod', 'feature:complex'] }))).toMatchObject({
      featureId: 'complex',
    })
  })
})
