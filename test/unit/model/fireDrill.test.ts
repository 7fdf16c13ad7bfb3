/**
 * The fire drill scenario: every token price of one provider's models rises by exactly N% from
 * month M — absent cache and reasoning prices and long-context prices included — and nothing else
 * moves. Expected costs are worked out by hand from the fixture's prices (DESIGN.md §3).
 */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import {
  fireDrillName,
  fireDrillProblems,
  fireDrillScenario,
  modelProviders,
} from '../../../shared/model/fireDrill'
import type { Scenario, WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument } from '../../fixtures/documents'
import { apiModel, cohort, feature, plan, step, workspace } from '../engine/builders'

/**
 * Provider "acme" has two models; "other" one. Model a1 switches price points in Jul 2026 (month
 * 6): its first point leaves the cache-read and reasoning prices out, its second sets them. Model
 * a2 sets a cache-read price but no cache-write price, and has a long-context tier without a
 * cache-read price. One feature per call shape, each a single call on one model per unit.
 */
function fixture(): WorkspaceDoc {
  return workspace({
    startMonth: '2026-01',
    horizonMonths: 12,
    models: [
      {
        ...apiModel('a1', { inputPerMTok: 2, outputPerMTok: 8 }),
        prices: [
          { from: '2020-01-01', inputPerMTok: 2, outputPerMTok: 8, cacheWritePerMTok: 2.5 },
          {
            from: '2026-07-01',
            inputPerMTok: 1,
            outputPerMTok: 4,
            cacheReadPerMTok: 0.1,
            cacheWritePerMTok: 1.25,
            reasoningPerMTok: 5,
          },
        ],
      },
      apiModel('a2', {
        inputPerMTok: 3,
        outputPerMTok: 15,
        cacheReadPerMTok: 0.3,
        longContext: {
          thresholdTokens: 200_000,
          inputPerMTok: 6,
          outputPerMTok: 22.5,
          cacheWritePerMTok: 7.5,
        },
      }),
      apiModel('b1', { inputPerMTok: 1, outputPerMTok: 2 }, { provider: 'other' }),
    ],
    features: [
      feature('on-a1', {
        steps: [
          step('s', 'a1', {
            inputTokens: 10_000,
            outputTokens: 1_000,
            reasoningTokens: 500,
            cachedPrefixTokens: 4_000,
            prefixReuse: 4,
          }),
        ],
      }),
      feature('on-a2-long', {
        steps: [
          step('s', 'a2', {
            inputTokens: 300_000,
            outputTokens: 2_000,
            reasoningTokens: 1_000,
            cachedPrefixTokens: 100_000,
            prefixReuse: 2,
          }),
        ],
      }),
      feature('on-a2-short', {
        steps: [
          step('s', 'a2', {
            inputTokens: 1_000,
            outputTokens: 100,
            cachedPrefixTokens: 500,
            prefixReuse: 5,
          }),
        ],
      }),
      feature('on-b1', { steps: [step('s', 'b1', { inputTokens: 1_000, outputTokens: 1_000 })] }),
    ],
    plans: [plan('p', { seatPrice: 100, aiRevenueSharePct: 100 })],
    cohorts: [
      cohort('c', 'p', [
        { featureId: 'on-a1', unitsPerSeat: 1 },
        { featureId: 'on-a2-long', unitsPerSeat: 1 },
        { featureId: 'on-a2-short', unitsPerSeat: 1 },
        { featureId: 'on-b1', unitsPerSeat: 1 },
      ]),
    ],
  })
}

/**
 * Cost of one call, by hand (§3: prefix price = cw/R + cr·(R−1)/R):
 * - on-a1, first point: cr = input 2, cw 2.5, R 4 → prefix 0.625 + 1.5 = 2.125;
 *   input 6,000·2 + 4,000·2.125 = 20,500; output 1,000·8 + 500·8 (reasoning = output) = 12,000;
 *   $0.0325. Second point: prefix 1.25/4 + 0.1·3/4 = 0.3875; input 6,000·1 + 4,000·0.3875 =
 *   7,550; output 1,000·4 + 500·5 = 6,500; $0.01405.
 * - on-a2-long (300,000 > 200,000 tokens: the long-context tier): cr = tier input 6, cw 7.5, R 2 →
 *   prefix 3.75 + 3 = 6.75; input 200,000·6 + 100,000·6.75 = 1,875,000; output 2,000·22.5 +
 *   1,000·22.5 = 67,500; $1.9425.
 * - on-a2-short: cr 0.3, cw = input 3, R 5 → prefix 0.6 + 0.24 = 0.84; input 500·3 + 500·0.84 =
 *   1,920; output 100·15 = 1,500; $0.00342.
 * - on-b1: 1,000·1 + 1,000·2 = 3,000; $0.003.
 * With a 25% rise every acme figure is 1.25 times as much.
 */
const BEFORE_JULY = {
  'on-a1': 0.0325,
  'on-a2-long': 1.9425,
  'on-a2-short': 0.00342,
  'on-b1': 0.003,
}
const FROM_JULY = { ...BEFORE_JULY, 'on-a1': 0.01405 }
const RAISED_BEFORE_JULY = {
  'on-a1': 0.040625,
  'on-a2-long': 2.428125,
  'on-a2-short': 0.004275,
  'on-b1': 0.003,
}
const RAISED_FROM_JULY = { ...RAISED_BEFORE_JULY, 'on-a1': 0.0175625 }

const drill = { provider: 'acme', raisePct: 25, fromMonth: 3 }

function withScenario(doc: WorkspaceDoc, scenario: Scenario): WorkspaceDoc {
  return { ...doc, scenarios: [...doc.scenarios, scenario] }
}

/** Each feature's cost per unit (one call per unit) at `month`. */
function callCosts(doc: WorkspaceDoc, scenarioId: string | null, month: number) {
  const { features } = compute(doc, { scenarioId, month })
  return Object.fromEntries(features.map((f) => [f.id, f.costPerUnit]))
}

function expectCosts(actual: Record<string, number | null>, expected: Record<string, number>) {
  expect(Object.keys(actual)).toEqual(Object.keys(expected))
  for (const [id, cost] of Object.entries(expected)) {
    expect(actual[id], id).toBeCloseTo(cost, 12)
  }
}

describe('fireDrillScenario', () => {
  const doc = fixture()
  const scenario = fireDrillScenario(doc, drill)
  const drilled = withScenario(doc, scenario)

  it('is named for the provider, the rise and the month', () => {
    expect(scenario.name).toBe('acme raises prices 25% from Apr 2026')
    expect(scenario.id).toBe('acme-raises-prices-25-from-apr-2026')
    expect(scenario.parentId).toBeUndefined()
  })

  it('leaves a document that validates', () => {
    expect(validateDocument(drilled)).toEqual({ ok: true, doc: drilled })
  })

  it('the hand-worked baseline costs hold', () => {
    for (const month of [0, 5]) expectCosts(callCosts(drilled, null, month), BEFORE_JULY)
    for (const month of [6, 11]) expectCosts(callCosts(drilled, null, month), FROM_JULY)
  })

  it('changes nothing before the month the rise starts', () => {
    for (const month of [0, 1, 2]) {
      expect(callCosts(drilled, scenario.id, month)).toEqual(callCosts(drilled, null, month))
      expectCosts(callCosts(drilled, scenario.id, month), BEFORE_JULY)
    }
  })

  it("raises every call on the provider's models by exactly the rise from that month on", () => {
    for (const month of [3, 5])
      expectCosts(callCosts(drilled, scenario.id, month), RAISED_BEFORE_JULY)
    for (const month of [6, 11])
      expectCosts(callCosts(drilled, scenario.id, month), RAISED_FROM_JULY)
  })

  it('raises each price by exactly the factor, including absent and long-context ones', () => {
    const month = compute(drilled, { scenarioId: scenario.id, month: 3 })
    const base = compute(drilled, { month: 3 })
    for (const id of ['on-a1', 'on-a2-long', 'on-a2-short']) {
      const after = month.features.find((f) => f.id === id)?.costPerUnit ?? NaN
      const before = base.features.find((f) => f.id === id)?.costPerUnit ?? NaN
      expect(after / before, id).toBeCloseTo(1.25, 12)
    }
  })

  it("leaves other providers' models alone", () => {
    for (const month of [0, 3, 11]) {
      expect(callCosts(drilled, scenario.id, month)['on-b1']).toBe(
        callCosts(drilled, null, month)['on-b1'],
      )
    }
  })

  it('scales derived prices before the prices they default to', () => {
    expect(scenario.overrides.map((o) => o.path)).toEqual([
      'models/provider:acme/prices/*/cacheReadPerMTok',
      'models/provider:acme/prices/*/cacheWritePerMTok',
      'models/provider:acme/prices/*/reasoningPerMTok',
      'models/provider:acme/prices/*/inputPerMTok',
      'models/provider:acme/prices/*/outputPerMTok',
      'models/provider:acme/prices/*/longContext/cacheWritePerMTok',
      'models/provider:acme/prices/*/longContext/inputPerMTok',
      'models/provider:acme/prices/*/longContext/outputPerMTok',
    ])
    for (const override of scenario.overrides) {
      expect(override).toMatchObject({ op: 'scale', value: 1.25, fromMonth: 3 })
    }
  })

  it('starts at month 0 without a fromMonth, and skips paths that would name nothing', () => {
    const now = fireDrillScenario(doc, { provider: 'other', raisePct: 10, fromMonth: 0 })
    expect(now.name).toBe('other raises prices 10% from Jan 2026')
    expect(now.overrides).toEqual([
      { path: 'models/provider:other/prices/*/inputPerMTok', op: 'scale', value: 1.1 },
      { path: 'models/provider:other/prices/*/outputPerMTok', op: 'scale', value: 1.1 },
    ])
    const costs = callCosts(withScenario(doc, now), now.id, 0)
    expect(costs['on-b1']).toBeCloseTo(0.0033, 12)
    expect(costs['on-a1']).toBeCloseTo(0.0325, 12)
  })

  it('takes a free id and name when the same drill is run twice', () => {
    const again = fireDrillScenario(drilled, drill)
    expect(again.id).toBe('acme-raises-prices-25-from-apr-2026-2')
    expect(again.name).toBe('acme raises prices 25% from Apr 2026 (2)')
    const both = withScenario(drilled, again)
    expect(validateDocument(both).ok).toBe(true)
  })

  it('validates on the demo workspace for every provider', () => {
    const demo = exampleDocument('demo-workspace.json')
    expect(modelProviders(demo)).toEqual(['openai', 'anthropic'])
    for (const provider of modelProviders(demo)) {
      const made = fireDrillScenario(demo, { provider, raisePct: 20, fromMonth: 3 })
      expect(validateDocument(withScenario(demo, made)).ok, provider).toBe(true)
    }
    expect(fireDrillName(demo, { provider: 'anthropic', raisePct: 20, fromMonth: 3 })).toBe(
      'anthropic raises prices 20% from Mar 2027',
    )
  })
})

describe('fireDrillProblems', () => {
  const doc = fixture()

  it('accepts a drill it can make', () => {
    expect(fireDrillProblems(doc, drill)).toEqual([])
    expect(fireDrillProblems(doc, { ...drill, raisePct: 1000, fromMonth: 11 })).toEqual([])
  })

  it('names the field of each problem', () => {
    expect(fireDrillProblems(doc, { provider: 'nobody', raisePct: 0, fromMonth: 12 })).toEqual([
      'Provider: no model in this workspace comes from "nobody"',
      'Price rise: enter a percent above 0',
      'From month: pick a month of the 12-month forecast',
    ])
    expect(fireDrillProblems(doc, { ...drill, raisePct: 1000.5 })).toEqual([
      'Price rise: at most 1000%',
    ])
    expect(fireDrillProblems(doc, { ...drill, raisePct: Number.NaN, fromMonth: 1.5 })).toEqual([
      'Price rise: enter a percent above 0',
      'From month: pick a month of the 12-month forecast',
    ])
  })

  it('refuses a provider whose name an override path cannot hold', () => {
    const slashed = structuredClone(doc)
    slashed.models[0]!.provider = 'meta/llama'
    expect(fireDrillProblems(slashed, { ...drill, provider: 'meta/llama' })).toEqual([
      'Provider: "meta/llama" contains "/", which an override path cannot hold',
    ])
  })

  it('makes fireDrillScenario refuse', () => {
    expect(() => fireDrillScenario(doc, { ...drill, raisePct: -10 })).toThrow(/Price rise/)
  })
})
