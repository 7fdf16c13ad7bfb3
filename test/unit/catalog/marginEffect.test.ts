import { describe, expect, it } from 'vitest'
import { marginEffect } from '../../../shared/catalog/marginEffect'
import type { Model, WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocuments } from '../../fixtures/documents'
import { cohort, DOLLAR_MODEL, feature, MILLION, plan, step, workspace } from '../engine/builders'

/**
 * Two features sold 100 units a month each, over 13 months with prices falling 19% a year:
 * - ai: $10 a unit, two calls of 1M input tokens on the $1/$1 model → $2 a unit at month 0;
 * - flat: $5 a unit, a $1 inference component, no model.
 */
function tiny(model: Model): WorkspaceDoc {
  return workspace({
    horizonMonths: 13,
    annualPriceDeclinePct: 19,
    models: [model],
    features: [
      feature('ai', {
        pricePerUnit: 10,
        steps: [step('call', model.id, { inputTokens: MILLION, callsPerUnit: 2 })],
      }),
      feature('flat', {
        pricePerUnit: 5,
        components: [{ id: 'qa', name: 'QA', layer: 'inference', costPerUnit: 1 }],
      }),
    ],
    plans: [plan('p')],
    cohorts: [
      cohort('c', 'p', [
        { featureId: 'ai', unitsPerSeat: 100 },
        { featureId: 'flat', unitsPerSeat: 100 },
      ]),
    ],
  })
}

const doubled: Model = {
  ...DOLLAR_MODEL,
  prices: [{ ...DOLLAR_MODEL.prices[0]!, inputPerMTok: 2, outputPerMTok: 2 }],
}

describe('marginEffect of doubling a model’s prices', () => {
  const effect = marginEffect(tiny(DOLLAR_MODEL), tiny(doubled))
  const line = (featureId: string | null) => effect.lines.find((l) => l.featureId === featureId)!

  it('reports month 0 and the horizon’s last month', () => {
    expect([effect.firstMonth, effect.lastMonth]).toEqual([0, 12])
  })

  it('lists the portfolio first, then each feature with its floor', () => {
    expect(effect.lines.map((l) => [l.featureId, l.name, l.floorPct])).toEqual([
      [null, 'Portfolio', 55],
      ['ai', 'ai', 60],
      ['flat', 'flat', 60],
    ])
  })

  it('lowers the margin of the feature on the model, at month 0', () => {
    // Revenue 100 × $10 = $1,000. Before: cogs 100 × $2 = $200 → 80%. After: $400 → 60%.
    expect(line('ai').first.before).toBeCloseTo(80, 9)
    expect(line('ai').first.after).toBeCloseTo(60, 9)
  })

  it('lowers it at the last month too, where prices have declined 19%', () => {
    // (1 − 0.19)^(12/12) = 0.81. Before: 100 × $2 × 0.81 = $162 → (1000 − 162)/1000 = 83.8%.
    // After: 100 × $4 × 0.81 = $324 → 67.6%.
    expect(line('ai').last.before).toBeCloseTo(83.8, 9)
    expect(line('ai').last.after).toBeCloseTo(67.6, 9)
  })

  it('leaves the feature that uses no model where it was', () => {
    // Revenue $500, cogs 100 × $1 = $100 → 80%, whatever the model costs (no decline either).
    for (const at of [line('flat').first, line('flat').last]) {
      expect(at.before).toBeCloseTo(80, 9)
      expect(at.after).toBeCloseTo(80, 9)
    }
  })

  it('moves the portfolio margin by the sum of both', () => {
    // Revenue $1,500. Month 0: cogs 200 + 100 = 300 → 80%; after 400 + 100 = 500 → 66.67%.
    expect(line(null).first.before).toBeCloseTo(80, 9)
    expect(line(null).first.after).toBeCloseTo((1000 / 1500) * 100, 9)
    // Month 12: cogs 162 + 100 = 262 → 82.533%; after 324 + 100 = 424 → 71.733%.
    expect(line(null).last.before).toBeCloseTo(((1500 - 262) / 1500) * 100, 9)
    expect(line(null).last.after).toBeCloseTo(((1500 - 424) / 1500) * 100, 9)
  })
})

describe('marginEffect of no change', () => {
  it('gives after === before on every line of every example', () => {
    for (const { name, doc } of exampleDocuments()) {
      const effect = marginEffect(doc, structuredClone(doc))
      expect(effect.lastMonth, name).toBe(doc.horizonMonths - 1)
      expect(effect.lines, name).toHaveLength(1 + doc.features.length)
      for (const line of effect.lines) {
        expect(line.first.after, `${name} ${line.name}`).toBe(line.first.before)
        expect(line.last.after, `${name} ${line.name}`).toBe(line.last.before)
      }
    }
  })

  it('gives no margin before or after for a feature without revenue', () => {
    const doc = workspace({
      models: [DOLLAR_MODEL],
      features: [feature('free', { steps: [step('call', DOLLAR_MODEL.id, { inputTokens: 1 })] })],
    })
    expect(marginEffect(doc, doc).lines).toEqual([
      {
        featureId: null,
        name: 'Portfolio',
        floorPct: 55,
        first: { before: null, after: null },
        last: { before: null, after: null },
      },
      {
        featureId: 'free',
        name: 'free',
        floorPct: 60,
        first: { before: null, after: null },
        last: { before: null, after: null },
      },
    ])
  })
})
