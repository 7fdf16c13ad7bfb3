import type { RevenueSource } from '../../../../../shared/actuals/overview'

/** Every screen that shows actual revenue says where it comes from (DESIGN.md §9). */
export const revenueSourceText: Record<RevenueSource, string> = {
  estimated: 'Revenue: estimated from the plan (actual units × plan revenue per unit)',
  imported: 'Revenue: imported',
}
