/** Every screen and output that shows actual revenue says where it comes from (DESIGN.md §9). */
import type { RevenueSource } from './overview'

/** How the revenue was had: "estimated from the plan (…)" or "imported". */
export const revenueSourceWords: Readonly<Record<RevenueSource, string>> = {
  estimated: 'estimated from the plan (actual units × plan revenue per unit)',
  imported: 'imported',
}

/** The sentence a page shows: "Revenue: estimated from the plan (…)". */
export const revenueSourceText = (source: RevenueSource): string =>
  `Revenue: ${revenueSourceWords[source]}`
