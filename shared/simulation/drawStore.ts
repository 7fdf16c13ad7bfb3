/**
 * Every draw's results, in typed arrays (one slot per draw; per month and per feature, one block of
 * slots each), never as objects: a run of 100,000 draws stays a few flat buffers.
 */
import { marginPct } from '../engine/margins'
import type { DrawSink } from './drawEvaluator'

/** A margin as stored: NaN when there is none (no revenue). */
const storedMargin = (revenue: number, cogs: number): number => marginPct(revenue, cogs) ?? NaN

/** §11: a draw without a margin counts as below the floor. */
const belowFloor = (margin: number, floorPct: number): number =>
  Number.isNaN(margin) || margin < floorPct ? 1 : 0

export class DrawStore implements DrawSink {
  readonly revenue: Float64Array
  readonly grossProfit: Float64Array
  readonly marginPct: Float64Array
  readonly belowFloor: Uint8Array
  /** Feature f's draws are slots f·draws … (f + 1)·draws − 1; the forecast's likewise by month. */
  readonly featureGrossProfit: Float64Array
  readonly featureMarginPct: Float64Array
  readonly featureBelowFloor: Uint8Array
  readonly forecastGrossProfit: Float64Array
  readonly forecastMarginPct: Float64Array
  private draw = 0

  constructor(
    readonly draws: number,
    months: number,
    features: number,
  ) {
    this.revenue = new Float64Array(draws)
    this.grossProfit = new Float64Array(draws)
    this.marginPct = new Float64Array(draws)
    this.belowFloor = new Uint8Array(draws)
    this.featureGrossProfit = new Float64Array(features * draws)
    this.featureMarginPct = new Float64Array(features * draws)
    this.featureBelowFloor = new Uint8Array(features * draws)
    this.forecastGrossProfit = new Float64Array(months * draws)
    this.forecastMarginPct = new Float64Array(months * draws)
  }

  /** Where the next results go: draw `draw`. */
  at(draw: number): this {
    this.draw = draw
    return this
  }

  month(month: number, revenue: number, cogs: number): void {
    const slot = month * this.draws + this.draw
    this.forecastGrossProfit[slot] = revenue - cogs
    this.forecastMarginPct[slot] = storedMargin(revenue, cogs)
  }

  portfolio(revenue: number, cogs: number, floorPct: number): void {
    const margin = storedMargin(revenue, cogs)
    this.revenue[this.draw] = revenue
    this.grossProfit[this.draw] = revenue - cogs
    this.marginPct[this.draw] = margin
    this.belowFloor[this.draw] = belowFloor(margin, floorPct)
  }

  feature(feature: number, revenue: number, cogs: number, floorPct: number): void {
    const slot = feature * this.draws + this.draw
    const margin = storedMargin(revenue, cogs)
    this.featureGrossProfit[slot] = revenue - cogs
    this.featureMarginPct[slot] = margin
    this.featureBelowFloor[slot] = belowFloor(margin, floorPct)
  }

  /** Slots `block`·draws … of a per-month or per-feature array: one month's or feature's draws. */
  blockOf<A extends Float64Array | Uint8Array>(values: A, block: number): A {
    return values.subarray(block * this.draws, (block + 1) * this.draws) as A
  }
}
