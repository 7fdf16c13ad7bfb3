import { create } from 'zustand'
import type { DeltaBase } from '../../../../shared/report/comparison'

interface CompareSettings {
  /** The as-of month (0: the workspace's start month). */
  month: number
  base: DeltaBase
  setMonth(month: number): void
  setBase(base: DeltaBase): void
}

/**
 * The Compare section's month and delta reference, kept while the person visits other views (a
 * glance at the Overview mid-review must not reset the comparison to the first month).
 */
export const useCompareSettings = create<CompareSettings>()((set) => ({
  month: 0,
  base: 'baseline',
  setMonth: (month) => set({ month }),
  setBase: (base) => set({ base }),
}))
