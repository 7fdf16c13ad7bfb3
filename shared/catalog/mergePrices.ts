/**
 * How a price file's points join a model's own (DESIGN.md §8), never removing one:
 * - a dated point of the file is a fact: it replaces the model's point on the same day, or joins
 *   the list, unless the price in force that day is that price already;
 * - the file's undated price (genai-prices' unconstrained entry, at UNDATED_FROM) holds until its
 *   first dated change: while none has started by `asOf`, it is the price on `asOf`, checked and
 *   added there the same way. The model's own earlier history is not the file's to rewrite.
 * New points go at the end of the list, as the Models view adds them: scenario overrides address
 * price points by position. A new point keeps what the file cannot say (a batch discount) from
 * the point it supersedes. So the same file applied twice changes nothing the second time.
 */
import { pointOn } from '../engine/prices'
import type { PricePoint } from '../model/types'
import { UNDATED_FROM } from './genaiPrices'

export interface MergedPrices {
  points: PricePoint[]
  /** New dates. */
  added: number
  /** Points whose prices the file changed on their own day. */
  replaced: number
}

/** Prices a file may not give (genai-prices has no batch discount): then the workspace's stand. */
const KEPT_FIELDS = ['batchDiscountPct'] as const

export function mergePrices(
  own: readonly PricePoint[],
  file: readonly PricePoint[],
  asOf: string,
): MergedPrices {
  const merged = { points: [...own], added: 0, replaced: 0 }
  const dated = file
    .filter((point) => point.from !== UNDATED_FROM)
    .sort((a, b) => a.from.localeCompare(b.from))
  const undated = file.find((point) => point.from === UNDATED_FROM)
  // Before every dated point when it counts at all, so it goes first.
  if (undated && !dated.some((point) => point.from <= asOf)) {
    mergePoint(merged, { ...undated, from: asOf })
  }
  for (const point of dated) mergePoint(merged, point)
  return merged
}

function mergePoint(merged: MergedPrices, point: PricePoint): void {
  const { points } = merged
  // Only a point that has started speaks for the day: before the model's first point the
  // workspace knows nothing (the engine's "else the earliest" is a fallback, not a fact).
  const started = points.filter((own) => own.from <= point.from)
  const inForce = pointOn(started, point.from)
  const candidate = withKeptFields(point, inForce ?? pointOn(points, point.from))
  if (inForce && samePrices(inForce, candidate)) return
  const sameDay = points.findIndex((own) => own.from === point.from)
  if (sameDay >= 0) {
    points[sameDay] = candidate
    merged.replaced += 1
  } else {
    points.push(candidate)
    merged.added += 1
  }
}

function withKeptFields(point: PricePoint, source: PricePoint | undefined): PricePoint {
  const kept: Partial<PricePoint> = {}
  for (const field of KEPT_FIELDS) {
    if (point[field] === undefined && source?.[field] !== undefined) kept[field] = source[field]
  }
  return { ...structuredClone(point), ...kept }
}

/** Same prices, whatever the date and the order of the fields. */
function samePrices(a: PricePoint, b: PricePoint): boolean {
  return canonical({ ...a, from: '' }) === canonical({ ...b, from: '' })
}

function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
}
