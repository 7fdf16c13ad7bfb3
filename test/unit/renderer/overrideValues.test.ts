import { describe, expect, it } from 'vitest'
import { formatOverrideValue } from '../../../renderer/src/views/scenarios/overrideValues'

const set = (path: string, value: number) => formatOverrideValue({ path, op: 'set', value })

describe('an override value in the Overrides grid reads as its field does', () => {
  it('counts per seat or per unit are numbers, not dollars', () => {
    expect(set('cohorts/smb/usage/coaching/unitsPerSeat', 60)).toBe('60')
    expect(set('features/coaching/steps/reply/callsPerUnit', 2)).toBe('2')
    expect(set('features/coaching/steps/reply/callsPerUnitP95', 3.5)).toBe('3.5')
    expect(set('plans/pro/includedUnits/coaching', 100)).toBe('100')
    expect(set('cohorts/smb/seatsPerCustomer', 10)).toBe('10')
  })

  it('prices, costs and fees are dollars', () => {
    expect(set('plans/pro/seatPrice', 299)).toBe('$299.00')
    expect(set('plans/pro/nonAiCogsPerSeat', 35)).toBe('$35.00')
    expect(set('plans/pro/overagePrice/coaching', 0.05)).toBe('$0.05')
    expect(set('features/coaching/pricePerUnit', 0.5)).toBe('$0.50')
    expect(set('models/o3/prices/0/inputPerMTok', 2)).toBe('$2.00')
    expect(set('selfHost/gpu/gpuHourlyCost', 2.5)).toBe('$2.50')
  })

  it('percents and mix shares carry a percent sign', () => {
    expect(set('features/coaching/retryRatePct', 5)).toBe('5%')
    expect(set('features/coaching/steps/reply/mix/o3/sharePct', 40)).toBe('40%')
  })
})
