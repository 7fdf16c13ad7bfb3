import type { ComputeResult } from '../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { useWorkspace } from './workspaceStore'

/** The document as the active scenario sees it in month 0: what grids display. */
export function useViewDoc(): WorkspaceDoc | null {
  return useWorkspace((state) => state.view?.viewDoc ?? null)
}

/** The engine's result for the active scenario; null while none can be computed. */
export function useResult(): ComputeResult | null {
  return useWorkspace((state) => state.view?.result ?? null)
}

/** True while edits become overrides of a scenario. */
export function useInScenario(): boolean {
  return useWorkspace((state) => state.activeScenarioId !== null)
}
