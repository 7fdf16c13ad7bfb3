/**
 * Minimal documents for hand-computed tests: every builder fills the required fields with neutral
 * values so a test states only what its arithmetic uses.
 */
import type {
  Cohort,
  Feature,
  Model,
  Plan,
  PricePoint,
  SelfHostOption,
  Step,
  WorkspaceDoc,
} from '../../../shared/model/types'

export function workspace(parts: Partial<WorkspaceDoc>): WorkspaceDoc {
  return {
    format: 'ai-margin-workspace',
    version: 1,
    name: 'Test',
    currency: 'USD',
    startMonth: '2026-01',
    horizonMonths: 12,
    models: [],
    features: [],
    plans: [],
    cohorts: [],
    selfHost: [],
    scenarios: [],
    ...parts,
  }
}

type Prices = Omit<PricePoint, 'from'> & { from?: string }

export function apiModel(id: string, prices: Prices, extra: Partial<Model> = {}): Model {
  return {
    id,
    name: id,
    provider: 'acme',
    kind: 'api',
    prices: [{ from: '2020-01-01', ...prices }],
    ...extra,
  }
}

/** One call per unit on one model, unless the fields say otherwise. */
export function step(id: string, modelId: string, fields: Partial<Step> = {}): Step {
  return {
    id,
    name: id,
    inputTokens: 0,
    outputTokens: 0,
    mix: [{ modelId, sharePct: 100 }],
    ...fields,
  }
}

export function feature(id: string, fields: Partial<Feature> = {}): Feature {
  return { id, name: id, unit: 'unit', category: 'core', steps: [], components: [], ...fields }
}

export function plan(id: string, fields: Partial<Plan> = {}): Plan {
  return { id, name: id, seatPrice: 0, aiRevenueSharePct: 0, attribution: 'usage', ...fields }
}

export function cohort(
  id: string,
  planId: string,
  usage: Cohort['usage'],
  fields: Partial<Cohort> = {},
): Cohort {
  return { id, name: id, planId, customers: 1, usage, ...fields }
}

export function selfHostOption(fields: Partial<SelfHostOption> & { replacesModelIds: string[] }) {
  return {
    id: 'gpu',
    name: 'GPU',
    gpuHourlyCost: 1,
    gpusPerReplica: 1,
    tokensPerSecondPerReplica: 1000,
    targetUtilizationPct: 100,
    ...fields,
  } satisfies SelfHostOption
}

/** A model at $1 per million input tokens: a step of 1e6 input tokens costs $1 a call. */
export const DOLLAR_MODEL = apiModel('dollar', { inputPerMTok: 1, outputPerMTok: 1 })
export const MILLION = 1_000_000

/** A feature whose unit costs `dollars` (calls of one million input tokens on DOLLAR_MODEL). */
export function dollarFeature(id: string, dollars: number, fields: Partial<Feature> = {}): Feature {
  return feature(id, {
    steps: [step('call', DOLLAR_MODEL.id, { inputTokens: MILLION, callsPerUnit: dollars })],
    ...fields,
  })
}
