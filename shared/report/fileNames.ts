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

/** Long names keep their first words, so a file name stays readable in a folder listing. */
const MAX_PART_CHARS = 40

function shortSlug(name: string): string {
  const slug = slugify(name)
  if (slug.length <= MAX_PART_CHARS) return slug
  const wordEnd = slug.slice(0, MAX_PART_CHARS + 1).lastIndexOf('-')
  return slug.slice(0, wordEnd > 0 ? wordEnd : MAX_PART_CHARS)
}

/** Workspace, scenario, month and (for CSV) the table: `<workspace>-<scenario>-<YYYY-MM>[-table]`. */
export function reportFileStem(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): string {
  const names = [doc.name, scenarioName(doc, scenarioId)].map(shortSlug)
  return [...names, monthLabel(doc, month)].join('-')
}

export function exportFileName(doc: WorkspaceDoc, request: ExportRequest): string {
  const stem = reportFileStem(doc, request.scenarioId, request.month)
  const table = request.format === 'csv' ? `-${request.csvTable ?? 'features'}` : ''
  return `${stem}${table}.${request.format}`
}
