import { describe, expect, it } from 'vitest'
import type { ComputeResult } from '../../../shared/engine/results'
import type { Feature, WorkspaceDoc } from '../../../shared/model/types'
import { buildAttentionItems } from '../../../renderer/src/views/overview/attention'
import { cohortResult, featureResult } from './fixtures'

const feature = (id: string, name: string, extra: Partial<Feature> = {}): Feature => ({
  id,
  name,
  unit: 'ticket',
  category: 'core',
  steps: [],
  components: [],
  ...extra,
})

function docWith(features: Feature[], cohorts: { id: string; name: string }[]): WorkspaceDoc {
  return {
    format: 'ai-margin-workspace',
    version: 1,
    name: 'test',
    currency: 'USD',
    startMonth: '2026-12',
    horizonMonths: 12,
    models: [],
    features,
    plans: [],
    cohorts: cohorts.map((c) => ({ ...c, planId: 'p', customers: 1, usage: [] })),
    selfHost: [],
    scenarios: [],
  }
}

function resultWith(partial: Pick<ComputeResult, 'features' | 'cohorts'>): ComputeResult {
  return {
    scenarioId: null,
    month: '2026-12',
    portfolio: {
      revenue: 0,
      cogs: 0,
      grossProfit: 0,
      grossMarginPct: null,
      aiCogs: 0,
      aiCogsPctOfRevenue: null,
      floorPct: 55,
      zone: 'none',
    },
    layers: {
      inference: 0,
      orchestration: 0,
      infrastructure: 0,
      support: 0,
      hidden: 0,
      fixed: 0,
      platform: 0,
    },
    cacheBreakevenReuse: {},
    forecast: [],
    selfHost: [],
    ...partial,
  }
}

describe('buildAttentionItems', () => {
  it('words a red feature with its gap and breakeven price (support-agent, README)', () => {
    // Complex resolutions: 10.0% against a 55% floor; breakeven price at the floor $1.80/0.45 = $4.
    const doc = docWith(
      [feature('simple', 'Simple resolution'), feature('complex', 'Complex resolution')],
      [],
    )
    const result = resultWith({
      features: [
        featureResult('simple', 77.5, 55, 'green', 1),
        featureResult('complex', 10, 55, 'red', 1.8 / 0.45),
      ],
      cohorts: [],
    })
    expect(buildAttentionItems(result, doc)).toEqual([
      {
        key: 'feature:complex',
        zone: 'red',
        badge: 'Below floor',
        icon: '✗',
        text: 'Complex resolution: 10.0% margin, 45.0 pts below its 55% floor — breakeven price at floor $4.00',
        featureId: 'complex',
      },
    ])
  })

  it('words a yellow feature with its band, and lists red before yellow, worst first', () => {
    const doc = docWith(
      [
        feature('a', 'Summaries', { yellowBandPts: 8 }),
        feature('b', 'Triage'),
        feature('c', 'Voice'),
      ],
      [],
    )
    const result = resultWith({
      features: [
        featureResult('a', 62, 60, 'yellow'),
        featureResult('b', 40, 45, 'red'),
        featureResult('c', 20, 70, 'red'),
      ],
      cohorts: [],
    })
    const items = buildAttentionItems(result, doc)
    expect(items.map((i) => i.text)).toEqual([
      'Voice: 20.0% margin, 50.0 pts below its 70% floor',
      'Triage: 40.0% margin, 5.0 pts below its 45% floor',
      'Summaries: 62.0% margin, within 8 pts of its 60% floor',
    ])
    expect(items.map((i) => i.badge)).toEqual(['Below floor', 'Below floor', 'Near floor'])
  })

  it('uses the default 5-point band when the feature sets none', () => {
    const doc = docWith([feature('t', 'Triage')], [])
    const result = resultWith({ features: [featureResult('t', 57, 55, 'yellow')], cohorts: [] })
    expect(buildAttentionItems(result, doc)[0]?.text).toBe(
      'Triage: 57.0% margin, within 5 pts of its 55% floor',
    )
  })

  it('words flagged cohorts (contract-analysis heavy, devtools free; README)', () => {
    const doc = docWith(
      [],
      [
        { id: 'heavy', name: 'Heavy seats' },
        { id: 'free', name: 'Free users' },
      ],
    )
    // Heavy: −37.37% margin, so costs are 137.37% of revenue. Free: $1,400 of costs, 94 conversions.
    const free = {
      ...cohortResult('free', 1000, 0, 1400, ['no-revenue']),
      conversionBreakevenCustomers: 94,
    }
    const result = resultWith({
      features: [],
      cohorts: [
        cohortResult('heavy', 100, 99_000, 136_000, ['cost-to-revenue-above-0.8']),
        cohortResult('ok', 100, 10_000, 1_000),
        free,
      ],
    })
    expect(buildAttentionItems(result, doc)).toEqual([
      {
        key: 'cohort:heavy:cost-to-revenue-above-0.8',
        zone: 'red',
        badge: 'Costly cohort',
        icon: '⚑',
        text: 'Heavy seats: costs are 137% of revenue (above 80%), -37.4% margin',
      },
      {
        key: 'cohort:free:no-revenue',
        zone: 'yellow',
        badge: 'No revenue',
        icon: '⚑',
        text: 'Free users: $1,400 of costs a month with no revenue — needs 94 conversions a month to pay for itself',
      },
    ])
  })

  it('lists nothing for green features, features without revenue and unflagged cohorts', () => {
    const doc = docWith([feature('a', 'A'), feature('b', 'B')], [{ id: 'c', name: 'C' }])
    const result = resultWith({
      features: [featureResult('a', 80, 60, 'green'), featureResult('b', null, 60, 'none')],
      cohorts: [cohortResult('c', 10, 1000, 100)],
    })
    expect(buildAttentionItems(result, doc)).toEqual([])
  })
})
