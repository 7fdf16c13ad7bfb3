/**
 * A price refresh: what a price book would change in a workspace's models (DESIGN.md §8), as a
 * plan to preview and then one batch of edits to apply (one transaction, one undo step).
 *
 * A workspace model matches a book model by provider and source id; a model typed by hand (no
 * source id yet) matches the book model of its provider whose path-safe id is its id, and is
 * linked to it from then on. Self-hosted models never match.
 *
 * How a matched model's prices change depends on what the file knows:
 * - a price history (genai-prices) is the authority up to the file's date: the model's points
 *   dated on or before it are replaced by the file's points; points dated later (price changes
 *   the user knows of and the file does not yet) are kept, unless the file has one on that day;
 * - a current price (LiteLLM carries no dates) becomes a point on the chosen effective date,
 *   when it differs from the price in force that day.
 * Prices the file does not carry (a batch discount) are kept from the point they came from. So
 * the same file applied twice changes nothing the second time.
 */
import type { Edit } from '../model/editTypes'
import { asJson } from '../model/editing/json'
import type { Model, PricePoint } from '../model/types'
import { indexInForce } from '../engine/prices'
import { catalogModelId, isSameSourceModel, sameProvider, workspaceModelId } from './catalogIds'
import type { CatalogModel, PriceBook, SkipCounts } from './priceBook'

export interface RefreshOptions {
  /** Also add every model of the file the workspace does not have (a complete price book). */
  addAll: boolean
  /**
   * The file's date: how far a price history is known ('YYYY-MM-DD'), or when a current price
   * takes effect.
   */
  asOf: string
}

export interface ModelUpdate {
  id: string
  name: string
  provider: string
  before: PricePoint[]
  after: PricePoint[]
  /** Set when a hand-typed model is linked to the file's model by this refresh. */
  linkSourceId?: string
  pointsAdded: number
}

export interface RefreshPlan {
  added: Model[]
  changed: ModelUpdate[]
  /** Matched models whose prices the file leaves as they are. */
  unchanged: number
  /** Workspace API models the file does not know (kept as they are). */
  notInFile: number
  skipped: SkipCounts
  /** Price points that did not exist before, in changed and added models. */
  pointsAdded: number
}

/** Prices the book's readers never set: they stay as the workspace had them. */
const KEPT_FIELDS = ['batchDiscountPct'] as const

export function planRefresh(
  models: readonly Model[],
  book: PriceBook,
  options: RefreshOptions,
): RefreshPlan {
  const matched = new Set<CatalogModel>()
  const changed: ModelUpdate[] = []
  let unchanged = 0
  let notInFile = 0
  for (const model of models) {
    if (model.kind !== 'api') continue
    const source = matchOf(model, book.models)
    if (!source) {
      notInFile += 1
      continue
    }
    matched.add(source)
    const after =
      book.source === 'litellm'
        ? withCurrentPrice(model.prices, source.prices[0]!, options.asOf)
        : withHistory(model.prices, source.prices, options.asOf)
    const link = model.sourceId === undefined ? source.sourceId : undefined
    if (samePoints(model.prices, after) && link === undefined) {
      unchanged += 1
      continue
    }
    changed.push({
      id: model.id,
      name: model.name,
      provider: model.provider,
      before: model.prices,
      after,
      ...(link !== undefined && { linkSourceId: link }),
      pointsAdded: newDates(model.prices, after),
    })
  }
  const added = options.addAll ? addedModels(models, book, matched) : []
  const pointsAdded =
    changed.reduce((sum, update) => sum + update.pointsAdded, 0) +
    added.reduce((sum, model) => sum + model.prices.length, 0)
  return { added, changed, unchanged, notInFile, skipped: book.skipped, pointsAdded }
}

/** The plan as one batch of edits: price histories replaced, links set, models appended. */
export function refreshEdits(plan: RefreshPlan): Edit[] {
  return [
    ...plan.changed.flatMap((update): Edit[] => [
      { op: 'set', path: `models/${update.id}/prices`, value: asJson(update.after) },
      ...(update.linkSourceId === undefined
        ? []
        : [
            {
              op: 'set' as const,
              path: `models/${update.id}/sourceId`,
              value: update.linkSourceId,
            },
          ]),
    ]),
    ...plan.added.map((model): Edit => ({ op: 'insert', path: 'models', value: asJson(model) })),
  ]
}

function matchOf(model: Model, sources: readonly CatalogModel[]): CatalogModel | undefined {
  if (model.sourceId !== undefined) return sources.find((s) => isSameSourceModel(model, s))
  return sources.find(
    (s) => sameProvider(s.provider, model.provider) && catalogModelId(s.sourceId) === model.id,
  )
}

function addedModels(
  models: readonly Model[],
  book: PriceBook,
  matched: ReadonlySet<CatalogModel>,
): Model[] {
  const all: Pick<Model, 'id'>[] = [...models]
  const added: Model[] = []
  for (const source of book.models) {
    if (matched.has(source)) continue
    const model: Model = { ...structuredClone(source), id: workspaceModelId(source, all) }
    all.push(model)
    added.push(model)
  }
  return added
}

const byDate = (a: PricePoint, b: PricePoint): number => a.from.localeCompare(b.from)

/**
 * The model's points with the file's history from its first point up to `asOf`; the model's own
 * points outside that span (before the file knows the model, or later than the file's date) kept.
 * Kept fields come from the model's point in force on the file point's date, or on `asOf` for the
 * file's older points: the workspace's latest word on, say, its batch discount.
 */
function withHistory(
  own: readonly PricePoint[],
  file: readonly PricePoint[],
  asOf: string,
): PricePoint[] {
  const fileDates = new Set(file.map((point) => point.from))
  const fileStart = file.reduce((first, point) => (point.from < first ? point.from : first), asOf)
  const kept = own.filter(
    (point) => !fileDates.has(point.from) && (point.from < fileStart || point.from > asOf),
  )
  const carriedAt = (date: string) => own[indexInForce(own, date > asOf ? date : asOf) ?? -1]
  return [...file.map((point) => withKeptFields(point, carriedAt(point.from))), ...kept].sort(
    byDate,
  )
}

/** The model's points with the file's price from `from`, unless that is already the price then. */
function withCurrentPrice(
  own: readonly PricePoint[],
  file: PricePoint,
  from: string,
): PricePoint[] {
  const inForce = own[indexInForce(own, from) ?? 0]
  const point = withKeptFields({ ...file, from }, inForce)
  if (inForce && samePrices(inForce, point)) return [...own]
  return [...own.filter((p) => p.from !== from), point].sort(byDate)
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

function samePoints(a: readonly PricePoint[], b: readonly PricePoint[]): boolean {
  const sorted = (points: readonly PricePoint[]) => [...points].sort(byDate).map(canonical)
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
}

function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
}

function newDates(before: readonly PricePoint[], after: readonly PricePoint[]): number {
  const dates = new Set(before.map((point) => point.from))
  return after.filter((point) => !dates.has(point.from)).length
}
