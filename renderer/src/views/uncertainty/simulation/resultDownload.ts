import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { reportFileStem } from '../../../../../shared/report/fileNames'
import type { SimulationOptions, SimulationResult } from '../../../../../shared/simulation'
import { downloadBlob } from '../../../transport/download'

/**
 * The result exactly as `margin simulate --json` prints it (electron/cli/printJson.ts: two-space
 * JSON and a newline), so the app's file and the CLI's output can be compared byte for byte.
 */
export const resultJson = (result: SimulationResult): string =>
  `${JSON.stringify(result, null, 2)}\n`

export function downloadResult(
  doc: WorkspaceDoc,
  options: SimulationOptions,
  result: SimulationResult,
): void {
  const stem = reportFileStem(doc, options.scenarioId, options.month)
  const name = `${stem}-simulation-${options.draws}-draws-seed-${options.seed}.json`
  downloadBlob(name, new Blob([resultJson(result)], { type: 'application/json' }))
}
