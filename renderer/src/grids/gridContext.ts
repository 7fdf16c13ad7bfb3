import type { WorkspaceDoc } from '../../../shared/model/types'
import type { OverrideLookup } from '../store/overrideLookup'
import type { RangeLookup } from './rangeAction/rangeLookup'

/**
 * What cells read at render time that changes without the column definitions changing: kept in
 * a ref handed to ag-grid as its context, so columns are defined once and rows stay focused.
 */
export interface GridContext {
  /** The baseline document (not the scenario's view of it). */
  baseline: WorkspaceDoc | null
  overridesAt: OverrideLookup
  /** The range a cell's input carries, for its mark (DESIGN.md §11). */
  rangeAt: RangeLookup
  /** The workspace cannot be saved (read-only): no cell opens an editor. */
  readOnly: boolean
  resetOverride(path: string, label: string): void
  /**
   * Takes a value typed into the cell of column `columnId` on `row`. Called from the column's
   * value setter, inside the keystroke that ends the edit, so the recomputed numbers paint in
   * that keystroke's frame (ag-grid hands its public edit events over a timer, a frame later).
   */
  editCell(columnId: string, row: unknown, value: unknown): void
}
