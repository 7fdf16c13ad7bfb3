/** Month `t` of a workspace: 0 is `startMonth`; its date is its first day (DESIGN.md §3). */
import type { WorkspaceDoc } from '../model/types'

function monthOrdinal(doc: WorkspaceDoc, month: number): number {
  const [year = 0, monthOfYear = 1] = doc.startMonth.split('-').map(Number)
  return year * 12 + (monthOfYear - 1) + month
}

/** 'YYYY-MM' of startMonth + month. */
export function monthLabel(doc: WorkspaceDoc, month: number): string {
  const ordinal = monthOrdinal(doc, month)
  const year = Math.floor(ordinal / 12)
  const monthOfYear = ordinal - year * 12 + 1
  return `${String(year).padStart(4, '0')}-${String(monthOfYear).padStart(2, '0')}`
}

/** 'YYYY-MM-01': compared as text with price points' `from` dates. */
export const firstDayOfMonth = (doc: WorkspaceDoc, month: number): string =>
  `${monthLabel(doc, month)}-01`
