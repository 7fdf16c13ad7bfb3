import type { BoardReport } from '../../../shared/report/boardReport'

/** Placeholder until the report page lands: the report as one self-contained HTML page. */
export function reportHtml(report: BoardReport): string {
  throw new Error(`the report page is not built yet (${report.workspaceName})`)
}
