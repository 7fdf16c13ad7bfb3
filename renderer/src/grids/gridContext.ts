import type { WorkspaceDoc } from '../../../shared/model/types'
import type { OverrideLookup } from '../store/overrideLookup'

/**
 * What cells read at render time that changes without the column definitions changing: kept in
 * a ref handed to ag-grid as its context, so columns are defined once and rows stay focused.
 */
export interface GridContext {
  /** The baseline document (not the scenario's view of it). */
  baseline: WorkspaceDoc | null
  overridesAt: OverrideLookup
  resetOverride(path: string, label: string): void
}
