import type { BoardReport } from '../../../shared/report/boardReport'

/** Placeholder until the deck writer lands: the board deck as PPTX bytes. */
export function writeDeck(report: BoardReport): Promise<Uint8Array> {
  return Promise.reject(new Error(`the deck writer is not built yet (${report.workspaceName})`))
}
