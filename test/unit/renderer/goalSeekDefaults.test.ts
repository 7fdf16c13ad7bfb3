import { describe, expect, it } from 'vitest'
import { evaluateMonth } from '../../../shared/engine/monthResult'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { goalSeekDefaults } from '../../../renderer/src/views/scenarios/goalSeekDefaults'
import {
  scenariosShifted,
  shiftsText,
} from '../../../renderer/src/views/scenarios/scenariosShifted'
import { exampleDocument } from '../../fixtures/documents'

/*
 * The demo: Support agent is priced per resolution ($0.99); Analytics Q&A has no usage price and
 * only the Enterprise cohort uses it (Enterprise gives AI 50% of its seats); Knowledge search has
 * none either and is used by Free trials (Free gives AI nothing), SMB and Heavy (both on Team,
 * 40%) and Enterprise. Its units per plan at month 0: Team 400·8·60 + 40·15·150 = 282,000,
 * Enterprise 25·120·80 = 240,000.
 */
const demo = exampleDocument('demo-workspace.json')
const result = evaluateMonth(demo, 0)
const defaultsFor = (doc: WorkspaceDoc, featureId?: string) =>
  goalSeekDefaults(doc, evaluateMonth(doc, 0), featureId, 'cohorts/smb/customers')

describe('goalSeekDefaults', () => {
  it("prices a usage-priced feature per unit, aiming at that feature's margin", () => {
    expect(goalSeekDefaults(demo, result, 'support-agent', 'x')).toEqual({
      target: { kind: 'grossMarginPct', featureId: 'support-agent' },
      inputPath: 'features/support-agent/pricePerUnit',
    })
  })

  it("a seat-priced feature of one cohort: that cohort's margin, by its plan's seat price", () => {
    expect(goalSeekDefaults(demo, result, 'analytics-qa', 'x')).toEqual({
      target: { kind: 'grossMarginPct', cohortId: 'enterprise' },
      inputPath: 'plans/enterprise/seatPrice',
    })
  })

  it('a seat-priced feature of several cohorts: the portfolio, by the plan feeding most units', () => {
    // Team (282,000 units) over Enterprise (240,000), though Enterprise is the largest cohort.
    expect(goalSeekDefaults(demo, result, 'knowledge-search', 'x')).toEqual({
      target: { kind: 'grossMarginPct' },
      inputPath: 'plans/team/seatPrice',
    })
  })

  it('a feature no plan feeds and with no price: priced per unit, as a free feature is', () => {
    const noShare = {
      ...demo,
      plans: demo.plans.map((plan) => ({ ...plan, aiRevenueSharePct: 0 })),
    }
    expect(defaultsFor(noShare, 'knowledge-search')).toEqual({
      target: { kind: 'grossMarginPct', featureId: 'knowledge-search' },
      inputPath: 'features/knowledge-search/pricePerUnit',
    })
  })

  it('without a feature (or with one that is gone): the portfolio, by the first input', () => {
    const portfolio = { target: { kind: 'grossMarginPct' }, inputPath: 'cohorts/smb/customers' }
    expect(defaultsFor(demo)).toEqual(portfolio)
    expect(defaultsFor(demo, 'deleted-feature')).toEqual(portfolio)
  })
})

/*
 * The demo's scenarios: "OpenAI raises prices 50%" scales OpenAI prices; "Route … to GPT-4o mini"
 * sets two mix shares; its child "Routing, then $1.49 …" sets Support agent's price from month 0
 * and Team's seat price from month 6.
 */
describe('scenariosShifted', () => {
  const ids = (path: string, doc = demo) => scenariosShifted(doc, path).map((s) => s.id)

  it('leaves out a scenario that sets the value itself from month 0', () => {
    expect(ids('features/support-agent/pricePerUnit')).toEqual([
      'openai-price-rise',
      'route-to-mini',
    ])
  })

  it("leaves out a child whose parent sets the value: the chain's override holds", () => {
    expect(ids('features/support-agent/steps/resolve/mix/gpt-4o-mini')).toEqual([
      'openai-price-rise',
    ])
  })

  it('counts a set from a later month (months before it inherit) and a scale (of the baseline)', () => {
    expect(ids('plans/team/seatPrice')).toHaveLength(3)
    // provider:openai/prices/* reaches GPT-4o's first price point, scaling what it inherits.
    expect(ids('models/gpt-4o/prices/0/inputPerMTok')).toHaveLength(3)
  })

  it('leaves out a scenario whose wildcard set reaches the value', () => {
    const doc: WorkspaceDoc = {
      ...demo,
      scenarios: [
        ...demo.scenarios,
        {
          id: 'all-free',
          name: 'All free',
          overrides: [{ path: 'features/*/pricePerUnit', op: 'set', value: 0 }],
        },
      ],
    }
    expect(ids('features/knowledge-search/pricePerUnit', doc)).toEqual([
      'openai-price-rise',
      'route-to-mini',
      'price-increase',
    ])
  })

  it('says how many and which', () => {
    expect(shiftsText(scenariosShifted(demo, 'features/support-agent/pricePerUnit'))).toBe(
      'shifts 2 scenarios that inherit this value: OpenAI raises prices 50%, ' +
        'Route more drafts and agent turns to GPT-4o mini',
    )
    expect(shiftsText([])).toBe('shifts no scenario: each sets this value itself')
  })
})
