import { describe, expect, it } from 'vitest'
import { listDrivers, pricePointIndexAt } from '../../../shared/engine/drivers'
import type { Model, WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'

const supportAgent = exampleDocument('support-agent.json')

describe('listDrivers', () => {
  it('lists every non-zero numeric driver of the support agent with its label and value', () => {
    const drivers = listDrivers(supportAgent, 0).map(({ path, label, value }) => ({
      path,
      label,
      value,
    }))
    expect(drivers).toEqual([
      { path: 'models/gpt-4o/prices/0/inputPerMTok', label: 'GPT-4o input price', value: 2.5 },
      { path: 'models/gpt-4o/prices/0/outputPerMTok', label: 'GPT-4o output price', value: 10 },
      {
        path: 'models/gpt-4o-mini/prices/0/inputPerMTok',
        label: 'GPT-4o mini input price',
        value: 0.15,
      },
      {
        path: 'models/gpt-4o-mini/prices/0/outputPerMTok',
        label: 'GPT-4o mini output price',
        value: 0.6,
      },
      {
        path: 'features/simple/pricePerUnit',
        label: 'Simple resolution price per ticket',
        value: 2,
      },
      {
        path: 'features/simple/steps/loop/callsPerUnit',
        label: 'Simple resolution · Agent loop calls per unit',
        value: 9,
      },
      {
        path: 'features/simple/steps/loop/inputTokens',
        label: 'Simple resolution · Agent loop input tokens',
        value: 12000,
      },
      {
        path: 'features/simple/steps/loop/outputTokens',
        label: 'Simple resolution · Agent loop output tokens',
        value: 2000,
      },
      {
        path: 'features/complex/pricePerUnit',
        label: 'Complex resolution price per ticket',
        value: 2,
      },
      {
        path: 'features/complex/steps/loop/callsPerUnit',
        label: 'Complex resolution · Multi-step reasoning calls per unit',
        value: 36,
      },
      {
        path: 'features/complex/steps/loop/inputTokens',
        label: 'Complex resolution · Multi-step reasoning input tokens',
        value: 12000,
      },
      {
        path: 'features/complex/steps/loop/outputTokens',
        label: 'Complex resolution · Multi-step reasoning output tokens',
        value: 2000,
      },
      { path: 'cohorts/all/customers', label: 'All customers customers', value: 2000 },
      { path: 'cohorts/all/seatsPerCustomer', label: 'All customers seats per customer', value: 1 },
      {
        path: 'cohorts/all/usage/simple/unitsPerSeat',
        label: 'All customers · Simple resolution units per seat',
        value: 400,
      },
      {
        path: 'cohorts/all/usage/complex/unitsPerSeat',
        label: 'All customers · Complex resolution units per seat',
        value: 100,
      },
    ])
  })

  it('labels components, plans and their per-feature entries', () => {
    const doc = exampleDocument('devtools-freemium.json')
    const withEntries: WorkspaceDoc = {
      ...doc,
      plans: doc.plans.map((plan) =>
        plan.id === 'pro'
          ? { ...plan, includedUnits: { explain: 150 }, overagePrice: { explain: 0.05 } }
          : plan,
      ),
    }
    const labels = new Map(listDrivers(withEntries, 0).map((d) => [d.path, d.label]))
    expect(labels.get('features/completions/components/gpu/fixedMonthly')).toBe(
      'Code completions · GPU hosting fixed monthly cost',
    )
    expect(labels.get('plans/pro/seatPrice')).toBe('Pro seat price')
    expect(labels.get('plans/pro/includedUnits/explain')).toBe(
      'Pro · Code explanations included units',
    )
    expect(labels.get('plans/pro/overagePrice/explain')).toBe(
      'Pro · Code explanations overage price',
    )
    expect(labels.get('cohorts/pro-users/usage/explain/unitsPerSeat')).toBe(
      'Pro users · Code explanations units per seat',
    )
    // The self-hosted model's prices are 0 and the GPU component has no per-unit cost: no drivers.
    expect(labels.has('models/local-7b/prices/0/inputPerMTok')).toBe(false)
    expect(labels.has('features/completions/components/gpu/costPerUnit')).toBe(false)
  })

  it('says what each driver reaches: features for feature and model inputs, cohorts for plans', () => {
    const doc = exampleDocument('devtools-freemium.json')
    const reach = new Map(listDrivers(doc, 0).map((d) => [d.path, d.reach]))
    expect(reach.get('models/claude/prices/0/inputPerMTok')).toEqual({
      kind: 'features',
      featureIds: ['explain'],
    })
    expect(reach.get('features/completions/components/gpu/fixedMonthly')).toEqual({
      kind: 'features',
      featureIds: ['completions'],
    })
    expect(reach.get('plans/pro/seatPrice')).toEqual({ kind: 'cohorts', cohortIds: ['pro-users'] })
    expect(reach.get('cohorts/free-users/customers')).toEqual({
      kind: 'cohorts',
      cohortIds: ['free-users'],
    })
    expect(reach.get('cohorts/free-users/usage/explain/unitsPerSeat')).toEqual({
      kind: 'features',
      featureIds: ['explain'],
    })
  })
})

describe('the price point in force', () => {
  const model: Model = {
    id: 'm',
    name: 'M',
    provider: 'p',
    kind: 'api',
    // Out of date order on purpose: paths address points by their index in the document.
    prices: [
      { from: '2027-03-01', inputPerMTok: 2, outputPerMTok: 8 },
      { from: '2025-01-01', inputPerMTok: 3, outputPerMTok: 9 },
      { from: '2026-06-15', inputPerMTok: 1, outputPerMTok: 7 },
    ],
  }

  it('is the latest point dated on or before the day, else the earliest', () => {
    expect(pricePointIndexAt(model, '2024-12-01')).toBe(1)
    expect(pricePointIndexAt(model, '2025-01-01')).toBe(1)
    expect(pricePointIndexAt(model, '2026-06-01')).toBe(1)
    expect(pricePointIndexAt(model, '2026-07-01')).toBe(2)
    expect(pricePointIndexAt(model, '2027-03-01')).toBe(0)
  })

  it('drives the model paths of the month analysed', () => {
    const doc: WorkspaceDoc = { ...supportAgent, startMonth: '2026-12', models: [model] }
    const pricePaths = (month: number) =>
      listDrivers(doc, month)
        .filter((d) => d.path.startsWith('models/'))
        .map((d) => `${d.path}=${d.value}`)
    expect(pricePaths(0)).toEqual([
      'models/m/prices/2/inputPerMTok=1',
      'models/m/prices/2/outputPerMTok=7',
    ])
    // Month 3 of a December start is 2027-03.
    expect(pricePaths(3)).toEqual([
      'models/m/prices/0/inputPerMTok=2',
      'models/m/prices/0/outputPerMTok=8',
    ])
  })
})
