/**
 * A small workspace that exercises every rule of DESIGN.md §3 the workbook must turn into
 * formulas and the shipped examples leave out: price changes inside the horizon (three price
 * periods), long-context tiers crossed by a cohort's token scale, a cached prefix longer than a
 * scaled-down input, batch discounts, cost and equal attribution, the equal fallback when every
 * weight is 0, overage, fixed cost with and without units, a cohort without revenue, conversion,
 * and a scenario whose overrides start later.
 */
import type { WorkspaceDoc } from '../../../shared/model/types'

export function coverageWorkspace(): WorkspaceDoc {
  return {
    format: 'ai-margin-workspace',
    version: 1,
    name: 'Formula coverage',
    currency: 'USD',
    startMonth: '2026-12',
    horizonMonths: 12,
    portfolioFloorPct: 50,
    annualPriceDeclinePct: 30,
    models: [
      {
        id: 'big',
        name: 'Big',
        provider: 'acme',
        kind: 'api',
        prices: [
          {
            from: '2027-04-01',
            inputPerMTok: 2,
            outputPerMTok: 8,
            batchDiscountPct: 40,
            longContext: { thresholdTokens: 20000, inputPerMTok: 4, outputPerMTok: 12 },
          },
          {
            from: '2026-01-01',
            inputPerMTok: 3,
            outputPerMTok: 15,
            cacheReadPerMTok: 0.3,
            cacheWritePerMTok: 3.75,
            reasoningPerMTok: 20,
            batchDiscountPct: 50,
            longContext: {
              thresholdTokens: 10000,
              inputPerMTok: 6,
              outputPerMTok: 22.5,
              cacheReadPerMTok: 0.6,
            },
          },
        ],
      },
      {
        id: 'small',
        name: 'Small',
        provider: 'acme',
        kind: 'api',
        prices: [{ from: '2025-01-01', inputPerMTok: 0.15, outputPerMTok: 0.6 }],
      },
      {
        id: 'local',
        name: 'Local',
        provider: 'self',
        kind: 'self-hosted',
        prices: [
          { from: '2027-08-01', inputPerMTok: 0.05, outputPerMTok: 0.1 },
          { from: '2027-01-15', inputPerMTok: 0.08, outputPerMTok: 0.2 },
        ],
      },
    ],
    features: [
      {
        id: 'chat',
        name: 'Chat',
        unit: 'conversation',
        category: 'core',
        pricePerUnit: 0.5,
        responseCacheHitPct: 10,
        retryRatePct: 5,
        hiddenCostPct: 8,
        steps: [
          {
            id: 'plan',
            name: 'Plan',
            callsPerUnit: 2,
            inputTokens: 8000,
            outputTokens: 500,
            reasoningTokens: 300,
            inputTokensP95: 15000,
            callsPerUnitP95: 3,
            cachedPrefixTokens: 2000,
            prefixReuse: 5,
            batchSharePct: 30,
            mix: [
              { modelId: 'big', sharePct: 60 },
              { modelId: 'small', sharePct: 40 },
            ],
          },
          {
            id: 'answer',
            name: 'Answer',
            inputTokens: 3000,
            outputTokens: 800,
            mix: [{ modelId: 'local', sharePct: 100 }],
          },
        ],
        components: [
          { id: 'guard', name: 'Guardrail', layer: 'inference', costPerUnit: 0.001 },
          {
            id: 'vector',
            name: 'Vector search',
            layer: 'orchestration',
            costPerUnit: 0.002,
            costPerUnitP95: 0.004,
          },
          { id: 'oncall', name: 'On-call', layer: 'support', fixedMonthly: 500 },
        ],
      },
      {
        id: 'search',
        name: 'Search',
        unit: 'query',
        category: 'growth',
        steps: [
          {
            id: 'embed',
            name: 'Embed',
            callsPerUnit: 0,
            inputTokens: 200,
            outputTokens: 0,
            mix: [{ modelId: 'small', sharePct: 100 }],
          },
        ],
        components: [{ id: 'index', name: 'Index', layer: 'infrastructure', costPerUnit: 0.0005 }],
      },
      {
        id: 'idle',
        name: 'Idle',
        unit: 'report',
        category: 'premium',
        pricePerUnit: 3,
        steps: [],
        components: [{ id: 'gpu', name: 'GPU', layer: 'inference', fixedMonthly: 300 }],
      },
    ],
    plans: [
      {
        id: 'pro',
        name: 'Pro',
        seatPrice: 40,
        platformFee: 100,
        aiRevenueSharePct: 50,
        attribution: 'usage',
        nonAiCogsPerSeat: 2,
        includedUnits: { chat: 100, search: 10 },
        overagePrice: { chat: 0.2 },
      },
      { id: 'team', name: 'Team', seatPrice: 25, aiRevenueSharePct: 40, attribution: 'equal' },
      { id: 'biz', name: 'Business', seatPrice: 60, aiRevenueSharePct: 30, attribution: 'cost' },
      {
        id: 'lite',
        name: 'Search only',
        seatPrice: 10,
        aiRevenueSharePct: 20,
        attribution: 'usage',
      },
      {
        id: 'free',
        name: 'Free',
        seatPrice: 0,
        aiRevenueSharePct: 0,
        attribution: 'usage',
        convertsToPlanId: 'pro',
      },
    ],
    cohorts: [
      {
        id: 'a',
        name: 'Pro teams',
        planId: 'pro',
        customers: 100,
        seatsPerCustomer: 3,
        monthlyGrowthPct: 5,
        usage: [
          { featureId: 'chat', unitsPerSeat: 150, tokenScale: 1.5 },
          { featureId: 'search', unitsPerSeat: 20 },
        ],
      },
      {
        id: 'b',
        name: 'Teams',
        planId: 'team',
        customers: 50,
        monthlyGrowthPct: -2,
        usage: [
          { featureId: 'chat', unitsPerSeat: 40 },
          { featureId: 'search', unitsPerSeat: 0 },
        ],
      },
      {
        id: 'c',
        name: 'Business',
        planId: 'biz',
        customers: 20,
        seatsPerCustomer: 10,
        usage: [{ featureId: 'chat', unitsPerSeat: 10, tokenScale: 0.2 }],
      },
      {
        id: 'e',
        name: 'Search only',
        planId: 'lite',
        customers: 30,
        usage: [{ featureId: 'search', unitsPerSeat: 50 }],
      },
      {
        id: 'g',
        name: 'Free searchers',
        planId: 'free',
        customers: 400,
        usage: [{ featureId: 'search', unitsPerSeat: 30 }],
      },
    ],
    selfHost: [],
    scenarios: [
      {
        id: 'timed',
        name: 'Growth push from month 6',
        overrides: [
          { path: 'models/big/prices/*/inputPerMTok', op: 'scale', value: 2 },
          { path: 'cohorts/a/monthlyGrowthPct', op: 'set', value: 10, fromMonth: 6 },
        ],
      },
      {
        id: 'child',
        name: 'Route to small',
        parentId: 'timed',
        overrides: [{ path: 'features/chat/steps/plan/mix/small', op: 'set', value: 70 }],
      },
    ],
  }
}
