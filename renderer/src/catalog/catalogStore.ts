/**
 * The price catalog in the renderer: fetched from the service the first time a picker opens (it
 * is never part of the first load), indexed once for type-ahead, dropped when a refresh replaces it.
 */
import { create } from 'zustand'
import type { CatalogListing } from '../../../shared/api'
import { catalogEntries, type CatalogEntry } from '../../../shared/catalog/search'
import { api } from '../transport/api'

type CatalogState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; listing: CatalogListing; entries: CatalogEntry[] }
  | { status: 'failed'; error: string }

interface CatalogStore {
  state: CatalogState
  /** Fetches the catalog unless it is here or on its way. */
  load(): void
  /** After a refresh or a reset: the next picker fetches it again. */
  invalidate(): void
}

export const useCatalog = create<CatalogStore>()((set, get) => ({
  state: { status: 'idle' },
  load() {
    const { status } = get().state
    if (status === 'ready' || status === 'loading') return
    set({ state: { status: 'loading' } })
    api.call('catalog/models', {}).then(
      (listing) =>
        set({
          state: {
            status: 'ready',
            listing,
            entries: catalogEntries(listing.models, listing.providerNames),
          },
        }),
      (error: unknown) => set({ state: { status: 'failed', error: (error as Error).message } }),
    )
  },
  invalidate() {
    set({ state: { status: 'idle' } })
  },
}))
