import { create } from 'zustand'

/**
 * The Models screen's own choices, kept while the person moves between views: the forecast month
 * whose prices are shown and the step whose call is priced.
 */
interface ModelsViewState {
  /** 0-based from the workspace's start month. */
  month: number
  /** `<featureId>/<stepId>`; null for the first step. */
  callKey: string | null
  setMonth(month: number): void
  setCallKey(key: string): void
}

export const useModelsView = create<ModelsViewState>()((set) => ({
  month: 0,
  callKey: null,
  setMonth: (month) => set({ month }),
  setCallKey: (callKey) => set({ callKey }),
}))
