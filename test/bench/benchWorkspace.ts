/**
 * A large, deterministic workspace for the engine benchmark: 200 features × 4 steps × 5-model
 * mixes, 20 cohorts, 10 scenarios (dated overrides and a parent chain among them), a 36-month
 * horizon, a yearly API price decline and a self-host option.
 */
import type {
  Cohort,
  Feature,
  Model,
  Plan,
  Scenario,
  SelfHostOption,
  WorkspaceDoc,
} from '../../shared/model/types'
import { mulberry32 } from '../fixtures/random'

const PROVIDERS = ['openai', 'anthropic', 'google', 'self']
const MODEL_COUNT = 12
const FEATURE_COUNT = 200
const STEPS_PER_FEATURE = 4
const MODELS_PER_MIX = 5
const COHORT_COUNT = 20
const FEATURES_PER_COHORT = 50

export const BENCH_SCENARIO_IDS = Array.from({ length: 10 }, (_, i) => `s${i}`)

export function benchWorkspace(): WorkspaceDoc {
  const random = mulberry32(20261201)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const between = (low: number, high: number): number => low + random() * (high - low)

  const models: Model[] = Array.from({ length: MODEL_COUNT }, (_, m) => {
    const input = between(0.1, 15)
    const output = input * between(2, 5)
    return {
      id: `model-${m}`,
      name: `Model ${m}`,
      provider: PROVIDERS[m % PROVIDERS.length] as string,
      kind: m % PROVIDERS.length === 3 ? 'self-hosted' : 'api',
      prices: [
        {
          from: '2025-01-01',
          inputPerMTok: input,
          outputPerMTok: output,
          cacheReadPerMTok: input * 0.1,
          cacheWritePerMTok: input * 1.25,
          batchDiscountPct: 50,
          ...(m % 3 === 0
            ? {
                longContext: {
                  thresholdTokens: 20000,
                  inputPerMTok: input * 2,
                  outputPerMTok: output * 1.5,
                },
              }
            : {}),
        },
        { from: '2027-06-01', inputPerMTok: input * 0.8, outputPerMTok: output * 0.8 },
      ],
    }
  })

  const features: Feature[] = Array.from({ length: FEATURE_COUNT }, (_, f) => ({
    id: `feature-${f}`,
    name: `Feature ${f}`,
    unit: 'request',
    category: pick(['growth', 'core', 'premium'] as const),
    pricePerUnit: f % 4 === 0 ? 0 : between(0.05, 2),
    responseCacheHitPct: between(0, 30),
    retryRatePct: between(0, 8),
    hiddenCostPct: between(0, 15),
    steps: Array.from({ length: STEPS_PER_FEATURE }, (_, s) => {
      const first = (f + s) % MODEL_COUNT
      return {
        id: `step-${s}`,
        name: `Step ${s}`,
        callsPerUnit: Math.ceil(between(0, 4)),
        inputTokens: Math.round(between(500, 30000)),
        outputTokens: Math.round(between(50, 2000)),
        reasoningTokens: s === 3 ? Math.round(between(0, 3000)) : 0,
        inputTokensP95: Math.round(between(30000, 60000)),
        cachedPrefixTokens: 400,
        prefixReuse: between(1, 20),
        batchSharePct: s === 2 ? 40 : 0,
        mix: Array.from({ length: MODELS_PER_MIX }, (_, k) => ({
          modelId: `model-${(first + k * 2) % MODEL_COUNT}`,
          sharePct: 20,
        })),
      }
    }),
    components: [
      { id: 'retrieval', name: 'Retrieval', layer: 'orchestration', costPerUnit: between(0, 0.01) },
      { id: 'logs', name: 'Logging', layer: 'infrastructure', costPerUnit: between(0, 0.002) },
      { id: 'gpu', name: 'GPU', layer: 'inference', fixedMonthly: f % 10 === 0 ? 2000 : 0 },
    ],
  }))

  const plans: Plan[] = [
    {
      id: 'team',
      name: 'Team',
      seatPrice: 30,
      aiRevenueSharePct: 40,
      attribution: 'usage',
      nonAiCogsPerSeat: 3,
    },
    {
      id: 'business',
      name: 'Business',
      seatPrice: 60,
      platformFee: 200,
      aiRevenueSharePct: 50,
      attribution: 'cost',
      includedUnits: { 'feature-1': 100, 'feature-2': 50 },
      overagePrice: { 'feature-1': 0.2, 'feature-2': 0.5 },
    },
    {
      id: 'enterprise',
      name: 'Enterprise',
      seatPrice: 90,
      aiRevenueSharePct: 60,
      attribution: 'equal',
    },
    {
      id: 'free',
      name: 'Free',
      seatPrice: 0,
      aiRevenueSharePct: 0,
      attribution: 'usage',
      convertsToPlanId: 'team',
    },
  ]

  const cohorts: Cohort[] = Array.from({ length: COHORT_COUNT }, (_, c) => {
    const start = (c * 37) % FEATURE_COUNT
    return {
      id: `cohort-${c}`,
      name: `Cohort ${c}`,
      planId: (plans[c % plans.length] as Plan).id,
      customers: Math.round(between(50, 5000)),
      seatsPerCustomer: Math.ceil(between(0, 30)),
      monthlyGrowthPct: between(-2, 6),
      usage: Array.from({ length: FEATURES_PER_COHORT }, (_, u) => ({
        featureId: `feature-${(start + u * 3) % FEATURE_COUNT}`,
        unitsPerSeat: between(1, 300),
        ...(u % 5 === 0 ? { tokenScale: between(0.5, 3) } : {}),
      })),
    }
  })

  const selfHost: SelfHostOption[] = [
    {
      id: 'open-weights',
      name: 'Open weights on H100s',
      replacesModelIds: ['model-0', 'model-1'],
      gpuHourlyCost: 2.5,
      gpusPerReplica: 8,
      tokensPerSecondPerReplica: 5000,
      targetUtilizationPct: 60,
      opsOverheadPct: 25,
      fixedMonthlyCost: 30000,
      minReplicas: 2,
      setupCost: 150000,
    },
  ]

  const scenarios: Scenario[] = [
    {
      id: 's0',
      name: 'Fire drill',
      overrides: [
        { path: 'models/provider:openai/prices/*/inputPerMTok', op: 'scale', value: 2 },
        { path: 'models/provider:openai/prices/*/outputPerMTok', op: 'scale', value: 2 },
      ],
    },
    {
      id: 's1',
      name: 'Price rise',
      overrides: [{ path: 'features/*/pricePerUnit', op: 'scale', value: 1.1 }],
    },
    {
      id: 's2',
      name: 'Routing',
      parentId: 's1',
      overrides: [
        { path: 'features/feature-7/steps/step-0/mix/model-3', op: 'set', value: 50 },
        { path: 'features/feature-8/steps/*/batchSharePct', op: 'set', value: 80 },
      ],
    },
    {
      id: 's3',
      name: 'Growth from month 6',
      overrides: [{ path: 'cohorts/*/monthlyGrowthPct', op: 'add', value: 2, fromMonth: 6 }],
    },
    {
      id: 's4',
      name: 'Price war from month 12',
      overrides: [
        { path: 'workspace/annualPriceDeclinePct', op: 'set', value: 40, fromMonth: 12 },
        {
          path: 'models/*/prices/0/longContext/inputPerMTok',
          op: 'scale',
          value: 0.5,
          fromMonth: 18,
        },
      ],
    },
    {
      id: 's5',
      name: 'Heavy usage',
      overrides: [{ path: 'cohorts/cohort-3/usage/*/unitsPerSeat', op: 'scale', value: 3 }],
    },
    {
      id: 's6',
      name: 'Cheaper GPUs',
      overrides: [{ path: 'selfHost/open-weights/gpuHourlyCost', op: 'set', value: 1.8 }],
    },
    {
      id: 's7',
      name: 'More retries',
      overrides: [{ path: 'features/*/retryRatePct', op: 'add', value: 5 }],
    },
    {
      id: 's8',
      name: 'Overage',
      overrides: [
        { path: 'plans/team/includedUnits/feature-3', op: 'set', value: 20 },
        { path: 'plans/team/overagePrice/feature-3', op: 'set', value: 0.3 },
      ],
    },
    {
      id: 's9',
      name: 'Chained',
      parentId: 's2',
      overrides: [
        {
          path: 'features/feature-9/components/retrieval/costPerUnit',
          op: 'scale',
          value: 2,
          fromMonth: 3,
        },
      ],
    },
  ]

  return {
    format: 'ai-margin-workspace',
    version: 1,
    name: 'Engine benchmark',
    currency: 'USD',
    startMonth: '2026-12',
    horizonMonths: 36,
    portfolioFloorPct: 55,
    annualPriceDeclinePct: 20,
    models,
    features,
    plans,
    cohorts,
    selfHost,
    scenarios,
  }
}

/** The id of the last scenario of `structuralChain`: its chain holds all 20 structural overrides. */
export const STRUCTURAL_SCENARIO_ID = 'structural-3'

/**
 * Four chained scenarios of five structural overrides each (DESIGN.md §4a): new features with
 * their uses, new steps in existing features, a removed use and a new cohort, as a product team's
 * "what if we add…" plans stack up.
 */
export function withStructuralChain(doc: WorkspaceDoc): WorkspaceDoc {
  const scenarios: Scenario[] = Array.from({ length: 4 }, (_, s) => {
    const template = doc.features[s] as Feature
    const cohort = doc.cohorts[s] as Cohort
    const feature: Feature = { ...template, id: `added-${s}`, name: `Added feature ${s}` }
    const step = { ...(template.steps[0] as Feature['steps'][number]), id: `added-step-${s}` }
    const removedUse = cohort.usage[0]?.featureId ?? ''
    return {
      id: `structural-${s}`,
      name: `Structural ${s}`,
      ...(s > 0 ? { parentId: `structural-${s - 1}` } : {}),
      overrides: [
        { path: 'features', op: 'insert', value: feature },
        {
          path: `cohorts/${cohort.id}/usage`,
          op: 'insert',
          value: { featureId: feature.id, unitsPerSeat: 12 },
        },
        { path: `features/${doc.features[10 + s]?.id}/steps`, op: 'insert', value: step },
        { path: `cohorts/${cohort.id}/usage/${removedUse}`, op: 'remove' },
        {
          path: 'cohorts',
          op: 'insert',
          value: { ...cohort, id: `added-cohort-${s}`, name: `Added cohort ${s}` },
        },
      ],
    }
  })
  return { ...doc, scenarios: [...doc.scenarios, ...scenarios] }
}
