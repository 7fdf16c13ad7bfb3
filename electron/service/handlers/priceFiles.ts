import type { CatalogListing, Handlers } from '../../../shared/api'
import { refreshCatalog } from '../../../shared/catalog/catalogRefresh'
import { inPriceFile, type PriceBook } from '../../../shared/catalog/priceBook'
import { previewRefresh } from '../../../shared/catalog/preview'
import { readPriceFile } from '../../../shared/catalog/readPriceFile'
import type { ServiceContext } from '../context'

// A malformed file throws a PriceFileError naming it, model and field: toApiError makes it an
// 'invalid-price-file' error.
const bookOf = (fileName: string, text: string, asOf: string): PriceBook =>
  inPriceFile(fileName, () => readPriceFile(text, { from: asOf }))

export function catalogModelsHandler(context: ServiceContext): Handlers['catalog/models'] {
  return async () => {
    const { catalog, origin } = context.catalog.current()
    const { format: _format, version: _version, ...listing } = catalog
    return { ...listing, origin } satisfies CatalogListing
  }
}

export function catalogRefreshHandler(context: ServiceContext): Handlers['catalog/refresh'] {
  return async ({ fileName, text, asOf, dryRun }) => {
    const book = bookOf(fileName, text, asOf)
    const current = context.catalog.current().catalog
    const { catalog, plan } = refreshCatalog(current, book, { asOf, source: fileName })
    // A file that changes nothing leaves the catalog as it is, shipped or refreshed.
    const changes = plan.added.length + plan.changed.length
    if (!dryRun && changes > 0) await context.catalog.saveRefreshed(catalog)
    const after = changes > 0 ? catalog : current
    return {
      added: plan.added.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged,
      pointsAdded: plan.pointsAdded,
      pointsReplaced: plan.pointsReplaced,
      skipped: plan.skipped,
      models: after.models.length,
      asOf: after.asOf,
    }
  }
}

export function catalogResetHandler(context: ServiceContext): Handlers['catalog/reset'] {
  return async () => {
    context.catalog.reset()
    const { catalog } = context.catalog.current()
    return { models: catalog.models.length, asOf: catalog.asOf }
  }
}

/** What a price file would change in the open workspace; the renderer applies the edits. */
export function pricesPreviewHandler(context: ServiceContext): Handlers['prices/preview'] {
  return async ({ fileName, text, asOf, addAll }) => {
    const { doc } = await context.session.current()
    const book = bookOf(fileName, text, asOf)
    return inPriceFile(fileName, () => previewRefresh(doc, book, { addAll, asOf }))
  }
}
