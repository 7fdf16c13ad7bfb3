/**
 * A price refresh: what a price book would change in a workspace's models (DESIGN.md §8), as a
 * plan to preview and then one batch of edits to apply (one transaction, one undo step).
 *
 * A workspace model matches a book model by provider and source id; a model typed by hand (no
 * source id yet) matches the book model of its provider whose path-safe id is its id, and is
 * linked to it from then on. Self-hosted models never match. How the file's prices join a
 * matched model's is mergePrices.ts's rule: points are added or changed, never removed.
 */
import type { Edit } from '../model/editTypes'
import { asJson } from '../model/editing/json'
import type { Model, PricePoint } from '../model/types'
import { workspaceModelId, workspaceModelOf } from './catalogIds'
import { mergePrices } from './mergePrices'
import type { CatalogModel, PriceBook, SkipCounts } from './priceBook'
import { paths } from '../model/paths/build'

export interface RefreshOptions {
  /** Also add every model of the file the workspace does not have (a complete price book). */
  addAll: boolean
  /** The file's date ('YYYY-MM-DD'): when its undated (current) prices hold. */
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
  pointsReplaced: number
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
  /** Points of the workspace whose prices the file changed on their own day. */
  pointsReplaced: number
}

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
    const merged = mergePrices(model.prices, source.prices, options.asOf)
    const link = model.sourceId === undefined ? source.sourceId : undefined
    if (merged.added + merged.replaced === 0 && link === undefined) {
      unchanged += 1
      continue
    }
    changed.push({
      id: model.id,
      name: model.name,
      provider: model.provider,
      before: model.prices,
      after: merged.points,
      ...(link !== undefined && { linkSourceId: link }),
      pointsAdded: merged.added,
      pointsReplaced: merged.replaced,
    })
  }
  const added = options.addAll ? addedModels(models, book, matched) : []
  const sum = (counts: number[]) => counts.reduce((total, n) => total + n, 0)
  return {
    added,
    changed,
    unchanged,
    notInFile,
    skipped: book.skipped,
    pointsAdded:
      sum(changed.map((update) => update.pointsAdded)) + sum(added.map((m) => m.prices.length)),
    pointsReplaced: sum(changed.map((update) => update.pointsReplaced)),
  }
}

/** The plan as one batch of edits: price lists rewritten, links set, models appended. */
export function refreshEdits(plan: RefreshPlan): Edit[] {
  return [
    ...plan.changed.flatMap((update): Edit[] => [
      { op: 'set', path: paths.prices(update.id), value: asJson(update.after) },
      ...(update.linkSourceId === undefined
        ? []
        : [
            {
              op: 'set' as const,
              path: paths.model(update.id, 'sourceId'),
              value: update.linkSourceId,
            },
          ]),
    ]),
    ...plan.added.map((model): Edit => ({ op: 'insert', path: 'models', value: asJson(model) })),
  ]
}

/** The book model a workspace model is a copy of (workspaceModelOf, seen from the book). */
function matchOf(model: Model, sources: readonly CatalogModel[]): CatalogModel | undefined {
  return sources.find((source) => workspaceModelOf([model], source) !== undefined)
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
