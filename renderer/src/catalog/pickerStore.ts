/**
 * One model picker at a time, answered through a promise, so any view can ask for a catalog model
 * ("+ Add model", a mix, a new step) without hosting the dialog itself.
 */
import { createPrompt } from '../frame/promptStore'
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

/** The model the person picked, 'blank' for one they will type, or null when they closed it. */
export const { useStore: usePicker, ask: pickCatalogModel } = createPrompt<PickRequest, PickAnswer>(
  null,
)
