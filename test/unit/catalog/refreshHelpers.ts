/** Small price books and a refresh applied as the app applies it: edits, then validation. */
import { expect } from 'vitest'
import {
  emptySkipCounts,
  type CatalogModel,
  type PriceBook,
} from '../../../shared/catalog/priceBook'
import {
  planRefresh,
  refreshEdits,
  type RefreshOptions,
  type RefreshPlan,
} from '../../../shared/catalog/refresh'
import { applyEdits } from '../../../shared/model/edits'
import type { PricePoint, WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'

export const point = (
  from: string,
  inputPerMTok: number,
  outputPerMTok: number,
  extra: Partial<PricePoint> = {},
): PricePoint => ({ from, inputPerMTok, outputPerMTok, ...extra })

export const catalogEntry = (
  provider: string,
  sourceId: string,
  prices: PricePoint[],
): CatalogModel => ({
  id: sourceId.replaceAll('/', '~'),
  name: sourceId,
  provider,
  kind: 'api',
  sourceId,
  prices,
})

export const priceBook = (source: PriceBook['source'], models: CatalogModel[]): PriceBook => ({
  source,
  models,
  skipped: emptySkipCounts(),
})

export interface Applied {
  plan: RefreshPlan
  doc: WorkspaceDoc
}

/** Plans the refresh, applies its edits and checks the result is a valid workspace. */
export function applyRefresh(doc: WorkspaceDoc, book: PriceBook, options: RefreshOptions): Applied {
  const plan = planRefresh(doc.models, book, options)
  const applied = applyEdits(doc, refreshEdits(plan))
  if (!applied.ok) throw new Error(`edits refused: ${JSON.stringify(applied.problems)}`)
  const valid = validateDocument(applied.doc)
  expect(valid.ok ? [] : valid.problems).toEqual([])
  return { plan, doc: applied.doc }
}

/** What a plan would change, in numbers a test can compare at a glance. */
export const planCounts = (plan: RefreshPlan) => ({
  changed: plan.changed.length,
  added: plan.added.length,
  unchanged: plan.unchanged,
  notInFile: plan.notInFile,
  pointsAdded: plan.pointsAdded,
  pointsReplaced: plan.pointsReplaced,
})
