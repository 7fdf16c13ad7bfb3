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
  /** Offers a model typed by hand instead (a private or self-hosted one), with these words. */
  blankLabel?: string
}

/** A catalog model; 'blank' for one typed by hand (when offered); null when the picker closed. */
export type PickAnswer = CatalogModel | 'blank' | null

interface PickerState {
  request: (PickRequest & { resolve(answer: PickAnswer): void }) | null
  answer(answer: PickAnswer): void
}

export const usePicker = create<PickerState>()((set, get) => ({
  request: null,
  answer(answer) {
    get().request?.resolve(answer)
    set({ request: null })
  },
}))

/** The model the person picked, 'blank' for one they will type, or null when they closed it. */
export function pickCatalogModel(request: PickRequest): Promise<PickAnswer> {
  return new Promise((resolve) => {
    usePicker.getState().request?.resolve(null)
    usePicker.setState({ request: { ...request, resolve } })
  })
}
