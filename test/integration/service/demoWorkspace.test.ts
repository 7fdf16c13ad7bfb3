import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { DEMO_PATH } from '../../fixtures/paths'

const demo = JSON.parse(readFileSync(DEMO_PATH, 'utf8')) as WorkspaceDoc

describe('the demo workspace', () => {
  it('is valid', () => {
    expect(validateDocument(demo)).toEqual({ ok: true, doc: demo })
  })

  it('shows every zone: a portfolio between 55% and 70% with green, yellow and red features', () => {
    const result = compute(demo)
    expect(result.portfolio.grossMarginPct).toBeGreaterThan(55)
    expect(result.portfolio.grossMarginPct).toBeLessThan(70)
    expect(new Set(result.features.map((feature) => feature.zone))).toEqual(
      new Set(['green', 'yellow', 'red']),
    )
  })

  it('has the material the screens need', () => {
    expect(demo.horizonMonths).toBe(24)
    expect(demo.startMonth).toBe('2026-12')
    expect(demo.features.length).toBeGreaterThanOrEqual(4)
    expect(demo.cohorts.some((c) => c.usage.some((u) => (u.tokenScale ?? 1) > 1))).toBe(true)
    expect(demo.plans.some((plan) => plan.convertsToPlanId && plan.seatPrice === 0)).toBe(true)
    expect(demo.plans.some((plan) => plan.includedUnits && plan.overagePrice)).toBe(true)
    expect(demo.scenarios.some((scenario) => scenario.parentId)).toBe(true)
    expect(demo.selfHost.length).toBeGreaterThanOrEqual(1)
    expect(demo.models.some((m) => m.prices.some((p) => p.longContext))).toBe(true)
  })

  it('crosses over to self-hosting within its horizon', () => {
    const [option] = compute(demo).selfHost
    expect(option?.crossoverMonth).toBeGreaterThan(0)
    expect(option?.paybackMonth).not.toBeNull()
  })
})
