/**
 * A refresh of the catalog itself: the same merge as a workspace's (refresh.ts), over every model
 * of the catalog, and every model of the file the catalog does not have yet is added.
 */
import type { CatalogFile } from './catalogFile'
import { catalogModelId } from './catalogIds'
import type { CatalogModel, PriceBook } from './priceBook'
import { planRefresh, type RefreshPlan } from './refresh'

export interface CatalogRefresh {
  catalog: CatalogFile
  plan: RefreshPlan
}

export function refreshCatalog(
  catalog: CatalogFile,
  book: PriceBook,
  { asOf, source }: { asOf: string; source: string },
): CatalogRefresh {
  const plan = planRefresh(catalog.models, book, { addAll: true, asOf })
  const key = (model: { provider: string; id: string }) => `${model.provider}\n${model.id}`
  const updates = new Map(plan.changed.map((update) => [key(update), update]))
  const models = catalog.models.map((model) => {
    const update = updates.get(key(model))
    return update ? { ...model, prices: update.after } : model
  })
  // Catalog ids need not be unique (providers share model names): the key is provider + sourceId.
  const added = plan.added.map((model) => {
    const sourceId = model.sourceId ?? model.id
    return { ...model, id: catalogModelId(sourceId), sourceId } satisfies CatalogModel
  })
  return {
    plan,
    catalog: {
      ...catalog,
      source,
      asOf: asOf > catalog.asOf ? asOf : catalog.asOf,
      providerNames: { ...catalog.providerNames, ...book.providerNames },
      skipped: book.skipped,
      models: [...models, ...added],
    },
  }
}
