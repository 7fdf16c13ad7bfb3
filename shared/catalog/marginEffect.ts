/**
 * What a price change does to the margin (DESIGN.md §8): the portfolio's and each feature's
 * gross margin at month 0 and at the horizon's last month, before and after, from the engine.
 */
import { evaluateMonth, type MonthResult } from '../engine'
import type { WorkspaceDoc } from '../model/types'

export interface MarginAt {
  before: number | null
  after: number | null
}

export interface MarginEffectLine {
  /** Null for the portfolio. */
  featureId: string | null
  name: string
  floorPct: number
  first: MarginAt
  last: MarginAt
}

export interface MarginEffect {
  /** Month indexes: 0 and the horizon's last month. */
  firstMonth: number
  lastMonth: number
  lines: MarginEffectLine[]
}

/** `before` and `after` differ only in prices, so they have the same features and horizon. */
export function marginEffect(before: WorkspaceDoc, after: WorkspaceDoc): MarginEffect {
  const lastMonth = before.horizonMonths - 1
  const [b0, bN, a0, aN] = [
    evaluateMonth(before, 0),
    evaluateMonth(before, lastMonth),
    evaluateMonth(after, 0),
    evaluateMonth(after, lastMonth),
  ]
  const portfolio: MarginEffectLine = {
    featureId: null,
    name: 'Portfolio',
    floorPct: b0.portfolio.floorPct,
    first: { before: b0.portfolio.grossMarginPct, after: a0.portfolio.grossMarginPct },
    last: { before: bN.portfolio.grossMarginPct, after: aN.portfolio.grossMarginPct },
  }
  const marginOf = (result: MonthResult, id: string): number | null =>
    result.features.find((feature) => feature.id === id)?.grossMarginPct ?? null
  const features = before.features.map((feature): MarginEffectLine => ({
    featureId: feature.id,
    name: feature.name,
    floorPct: b0.features.find((result) => result.id === feature.id)!.floorPct,
    first: { before: marginOf(b0, feature.id), after: marginOf(a0, feature.id) },
    last: { before: marginOf(bN, feature.id), after: marginOf(aN, feature.id) },
  }))
  return { firstMonth: 0, lastMonth, lines: [portfolio, ...features] }
}
