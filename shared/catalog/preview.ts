/**
 * The preview of a price refresh (DESIGN.md §8): what it changes, what it skips, and what that
 * does to the margin, with the one batch of edits that applies it (one transaction, one undo).
 * The desktop app, the web host and the CLI all preview through here.
 */
import { firstDayOfMonth } from '../engine/months'
import { pointOn } from '../engine/prices'
import type { Edit } from '../model/editTypes'
import { applyEdits } from '../model/edits'
import type { PricePoint, WorkspaceDoc } from '../model/types'
import { validateDocument } from '../model/validate'
import { marginEffect, type MarginEffect } from './marginEffect'
import { PriceFileError, type PriceBook, type SkipCounts } from './priceBook'
import { planRefresh, refreshEdits, type RefreshOptions } from './refresh'

export interface ModelPriceChange {
  id: string
  name: string
  provider: string
  pointsAdded: number
  pointsReplaced: number
  /** A hand-typed model the file's model is linked to from now on. */
  linked: boolean
  /** The point in force on the first day of month 0, before and after. */
  before: PricePoint | null
  after: PricePoint | null
}

export interface PricePreview {
  added: number
  changed: number
  unchanged: number
  /** The workspace's API models the file does not know; they stay as they are. */
  notInFile: number
  pointsAdded: number
  /** The workspace's own points whose prices the file changed on their day (none is removed). */
  pointsReplaced: number
  skipped: SkipCounts
  changes: ModelPriceChange[]
  marginEffect: MarginEffect
  edits: Edit[]
}

export function previewRefresh(
  doc: WorkspaceDoc,
  book: PriceBook,
  options: RefreshOptions,
): PricePreview {
  const plan = planRefresh(doc.models, book, options)
  const edits = refreshEdits(plan)
  const after = edits.length === 0 ? doc : appliedDoc(doc, edits)
  const firstDay = firstDayOfMonth(doc, 0)
  const inForce = (points: readonly PricePoint[]) => pointOn(points, firstDay) ?? null
  return {
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged,
    notInFile: plan.notInFile,
    pointsAdded: plan.pointsAdded,
    pointsReplaced: plan.pointsReplaced,
    skipped: plan.skipped,
    changes: plan.changed.map((update) => ({
      id: update.id,
      name: update.name,
      provider: update.provider,
      pointsAdded: update.pointsAdded,
      pointsReplaced: update.pointsReplaced,
      linked: update.linkSourceId !== undefined,
      before: inForce(update.before),
      after: inForce(update.after),
    })),
    marginEffect: marginEffect(doc, after),
    edits,
  }
}

/** The document with the refresh applied; a price the document cannot hold refuses the file. */
function appliedDoc(doc: WorkspaceDoc, edits: readonly Edit[]): WorkspaceDoc {
  const applied = applyEdits(doc, edits)
  const result = applied.ok ? validateDocument(applied.doc) : applied
  if (!result.ok) {
    const [problem] = result.problems
    throw new PriceFileError(
      `the prices would not fit the workspace: ${problem!.path}: ${problem!.message}`,
    )
  }
  return result.doc
}
