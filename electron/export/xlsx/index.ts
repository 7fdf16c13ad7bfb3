import type { WorkspaceDoc } from '../../../shared/model/types'

export interface WorkbookOptions {
  scenarioId: string | null
  month: number
  onProgress?: (fraction: number) => void
}

/** Placeholder until the workbook writer lands. */
export function writeWorkbook(doc: WorkspaceDoc, options: WorkbookOptions): Promise<Uint8Array> {
  return Promise.reject(
    new Error(`the workbook writer is not built yet (${doc.name}, ${options.month})`),
  )
}
