/** File names that say what a file holds: "support-agent-price-complex-2026-03.pptx". */
import { monthLabel } from '../engine/months'
import type { WorkspaceDoc } from '../model/types'
import type { ExportRequest } from './exportRequest'
import { scenarioName } from './scenarioNames'

/** "Complex resolution" → "complex-resolution". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? 'item' : slug
}

/** Workspace, scenario, month and (for CSV) the table: `<workspace>-<scenario>-<YYYY-MM>[-table]`. */
export function reportFileStem(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): string {
  return [doc.name, scenarioName(doc, scenarioId), monthLabel(doc, month)].map(slugify).join('-')
}

export function exportFileName(doc: WorkspaceDoc, request: ExportRequest): string {
  const stem = reportFileStem(doc, request.scenarioId, request.month)
  const table = request.format === 'csv' ? `-${request.csvTable ?? 'features'}` : ''
  return `${stem}${table}.${request.format}`
}
