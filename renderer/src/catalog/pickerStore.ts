/**
 * One model picker at a time, answered through a promise, so any view can ask for a catalog model
 * ("+ Add model", a mix, a new step) without hosting the dialog itself.
 */
import { create } from 'zustand'
import type { CatalogModel } from '../../../shared/catalog/priceBook'

export interface PickRequest {
  title: string
  /** The pick button's words: "Add to workspace", "Route to this model". */
  confirmLabel: string
}

interface PickerState {
  request: (PickRequest & { resolve(model: CatalogModel | null): void }) | null
  answer(model: CatalogModel | null): void
}

export const usePicker = create<PickerState>()((set, get) => ({
  request: null,
  answer(model) {
    get().request?.resolve(model)
    set({ request: null })
  },
}))

/** The model the person picked, or null when they closed the picker. */
export function pickCatalogModel(request: PickRequest): Promise<CatalogModel | null> {
  return new Promise((resolve) => {
    usePicker.getState().request?.resolve(null)
    usePicker.setState({ request: { ...request, resolve } })
  })
}
