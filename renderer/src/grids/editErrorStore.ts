import { create } from 'zustand'

/**
 * The one refused-input message on screen, shown beside the grid it came from. A new refusal
 * replaces the last; the next accepted edit clears it.
 */
interface EditErrorState {
  error: { gridId: string; text: string } | null
  show(gridId: string, text: string): void
  clear(): void
}

export const useEditError = create<EditErrorState>()((set) => ({
  error: null,
  show: (gridId, text) => set({ error: { gridId, text } }),
  clear: () => set({ error: null }),
}))
