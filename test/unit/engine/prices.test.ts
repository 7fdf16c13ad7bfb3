/** Price at month t (DESIGN.md §3): effective dates, the earliest-point fallback, the decline. */
import { describe, expect, it } from 'vitest'
import { evaluateMonth, modelPricesInForce, monthLabel } from '../../../shared/engine'
import type { Model, WorkspaceDoc } from '../../../shared/model/types'
import { MILLION, cohort, feature, plan, step, workspace } from './builders'

/** One unit a month of a feature that sends one million input tokens to `model`. */
function oneMillionTokens(model: Model, parts: Partial<WorkspaceDoc> = {}): WorkspaceDoc {
  return workspace({
    models: [model],
    features: [
      feature('f', {
        steps: [step('s', model.id, { inputTokens: MILLION, outputTokens: MILLION })],
      }),
    ],
    plans: [plan('p')],
    cohorts: [cohort('c', 'p', [{ featureId: 'f', unitsPerSeat: 1 }])],
    ...parts,
  })
}

/** Cost per unit = input price + output price of the point in force. */
const costAt = (doc: WorkspaceDoc, month: number): number | null =>
  evaluateMonth(doc, month).features[0]!.costPerUnit

const dated: Model = {
  id: 'm',
  name: 'm',
  provider: 'acme',
  kind: 'api',
  // out of date order on purpose: the engine goes by `from`, not by row
  prices: [
    { from: '2026-07-15', inputPerMTok: 5, outputPerMTok: 0 },
    { from: '2026-03-01', inputPerMTok: 10, outputPerMTok: 0 },
  ],
}

describe('price at month t', () => {
  it('uses the last point dated on or before the first day of the month', () => {
    const doc = oneMillionTokens(dated) // startMonth 2026-01
    expect(costAt(doc, 2)).toBe(10) // 2026-03-01: the March point starts that day
    expect(costAt(doc, 6)).toBe(10) // 2026-07-01 is before 2026-07-15
    expect(costAt(doc, 7)).toBe(5) // 2026-08-01
  })

  it('falls back to the earliest point before any point applies', () => {
    expect(costAt(oneMillionTokens(dated), 0)).toBe(10)
  })

  it('takes the later row of two points on the same date', () => {
    const twice: Model = {
      ...dated,
      prices: [
        { from: '2025-01-01', inputPerMTok: 1, outputPerMTok: 0 },
        { from: '2025-01-01', inputPerMTok: 3, outputPerMTok: 0 },
      ],
    }
    expect(costAt(oneMillionTokens(twice), 0)).toBe(3)
  })

  it('lowers API prices by the annual decline, compounding monthly', () => {
    const api: Model = {
      ...dated,
      prices: [{ from: '2020-01-01', inputPerMTok: 6, outputPerMTok: 4 }],
    }
    const doc = oneMillionTokens(api, { annualPriceDeclinePct: 20 })
    expect(costAt(doc, 0)).toBe(10)
    expect(costAt(doc, 6)).toBeCloseTo(10 * Math.sqrt(0.8), 12)
    expect(costAt(doc, 24)).toBeCloseTo(10 * 0.64, 12)
  })

  it('lowers long-context prices too, but not the threshold, nor self-hosted prices', () => {
    const tiered: Model = {
      ...dated,
      prices: [
        {
          from: '2020-01-01',
          inputPerMTok: 1,
          outputPerMTok: 1,
          longContext: { thresholdTokens: 500_000, inputPerMTok: 3, outputPerMTok: 5 },
        },
      ],
    }
    const doc = oneMillionTokens(tiered, { annualPriceDeclinePct: 50 })
    expect(costAt(doc, 12)).toBeCloseTo((3 + 5) * 0.5, 12)
    const selfHosted = oneMillionTokens(
      { ...tiered, kind: 'self-hosted' },
      {
        annualPriceDeclinePct: 50,
      },
    )
    expect(costAt(selfHosted, 12)).toBe(8)
  })
})

describe('monthLabel', () => {
  it('counts months from startMonth across year ends', () => {
    const doc = workspace({ startMonth: '2026-12' })
    expect(monthLabel(doc, 0)).toBe('2026-12')
    expect(monthLabel(doc, 1)).toBe('2027-01')
    expect(monthLabel(doc, 25)).toBe('2029-01')
  })
})

describe('modelPricesInForce', () => {
  it('gives each model the point in force in the month, with the decline applied', () => {
    const doc = workspace({ models: [dated], annualPriceDeclinePct: 19 }) // startMonth 2026-01
    expect(modelPricesInForce(doc, 0).get('m')?.base.input).toBe(10) // earliest point
    // 2026-08-01 takes the July 15 point, lowered by (1 − 0.19)^(7/12)
    expect(modelPricesInForce(doc, 7).get('m')?.base.input).toBeCloseTo(5 * 0.81 ** (7 / 12), 12)
  })

  it('charges nothing for a model without price points', () => {
    const doc = workspace({ models: [{ ...dated, prices: [] }] })
    expect(modelPricesInForce(doc).get('m')?.base).toEqual({
      input: 0,
      output: 0,
      cacheRead: 0,
      cacheWrite: 0,
      reasoning: 0,
    })
  })
})
