/** The defaults of DESIGN.md §2, in one place. */
import { describe, expect, it } from 'vitest'
import {
  defaultOf,
  effectiveValueOf,
  floorPctOf,
  horizonMonthsOf,
  isNumericField,
  portfolioFloorPctOf,
  yellowBandPtsOf,
} from '../../../shared/model/defaults'
import { cohort, feature, selfHostOption, step, workspace } from './builders'

describe('defaults', () => {
  it('sets the floor by category: growth 45, core 60, premium 70; the band 5', () => {
    expect(floorPctOf(feature('f', { category: 'growth' }))).toBe(45)
    expect(floorPctOf(feature('f', { category: 'core' }))).toBe(60)
    expect(floorPctOf(feature('f', { category: 'premium' }))).toBe(70)
    expect(floorPctOf(feature('f', { category: 'premium', floorPct: 30 }))).toBe(30)
    expect(yellowBandPtsOf(feature('f'))).toBe(5)
  })

  it('gives the workspace a 55% portfolio floor and a 24-month horizon', () => {
    const doc = workspace({})
    expect(portfolioFloorPctOf(doc)).toBe(55)
    expect(horizonMonthsOf({ ...doc, horizonMonths: undefined as unknown as number })).toBe(24)
    expect(defaultOf('workspace', doc, 'annualPriceDeclinePct')).toBe(0)
  })

  it('prices the cache at the input price and reasoning at the output price', () => {
    const point = { from: '2026-01-01', inputPerMTok: 3, outputPerMTok: 15 }
    expect(defaultOf('price', point, 'cacheReadPerMTok')).toBe(3)
    expect(defaultOf('price', point, 'cacheWritePerMTok')).toBe(3)
    expect(defaultOf('price', point, 'reasoningPerMTok')).toBe(15)
    expect(defaultOf('price', point, 'batchDiscountPct')).toBe(0)
    const tier = { thresholdTokens: 1, inputPerMTok: 6, outputPerMTok: 22 }
    expect(defaultOf('longContext', tier, 'cacheReadPerMTok')).toBe(6)
  })

  it('makes one call per unit, a P95 field its mean, prefix reuse 1', () => {
    const s = step('s', 'm', { inputTokens: 900, outputTokens: 90, reasoningTokens: 9 })
    expect(defaultOf('step', s, 'callsPerUnit')).toBe(1)
    expect(defaultOf('step', s, 'callsPerUnitP95')).toBe(1)
    expect(defaultOf('step', { ...s, callsPerUnit: 4 }, 'callsPerUnitP95')).toBe(4)
    expect(defaultOf('step', s, 'inputTokensP95')).toBe(900)
    expect(defaultOf('step', s, 'outputTokensP95')).toBe(90)
    expect(defaultOf('step', s, 'reasoningTokensP95')).toBe(9)
    expect(defaultOf('step', s, 'prefixReuse')).toBe(1)
    expect(defaultOf('step', s, 'batchSharePct')).toBe(0)
    const component = { id: 'c', name: 'c', layer: 'support' as const, costPerUnit: 0.2 }
    expect(defaultOf('component', component, 'costPerUnitP95')).toBe(0.2)
  })

  it('gives a cohort one seat per customer, usage scale 1, a self-host option one replica', () => {
    expect(defaultOf('cohort', cohort('h', 'p', []), 'seatsPerCustomer')).toBe(1)
    expect(defaultOf('cohort', cohort('h', 'p', []), 'monthlyGrowthPct')).toBe(0)
    expect(defaultOf('usage', { featureId: 'f', unitsPerSeat: 3 }, 'tokenScale')).toBe(1)
    expect(defaultOf('selfHost', selfHostOption({ replacesModelIds: [] }), 'minReplicas')).toBe(1)
  })

  it('knows the numeric fields, and prefers a present value over the default', () => {
    expect(isNumericField('feature', 'pricePerUnit')).toBe(true)
    expect(isNumericField('feature', 'name')).toBe(false)
    expect(defaultOf('feature', feature('f'), 'name')).toBeUndefined()
    expect(effectiveValueOf('feature', feature('f', { floorPct: 12 }), 'floorPct')).toBe(12)
  })
})
