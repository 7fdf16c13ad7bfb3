/**
 * What an export is asked for, the same from the Reports view, the web host and the CLI: the
 * format, the scenario and month it reports on and the scenarios compared beside it.
 */
import { z } from 'zod'
import { deltaBases } from './comparison'

export const exportFormats = ['pptx', 'pdf', 'xlsx', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** A CSV export is one results table. */
export const csvTables = ['features', 'cohorts', 'forecast', 'comparison'] as const
export type CsvTable = (typeof csvTables)[number]

/** Null is the baseline. */
const scenarioId = z.string().min(1).nullable()

export const exportRequestSchema = z.object({
  format: z.enum(exportFormats),
  scenarioId,
  compare: z.array(scenarioId).max(20),
  month: z.number().int().nonnegative(),
  csvTable: z.enum(csvTables).optional(),
  deltaAgainst: z.enum(deltaBases).optional(),
})

export type ExportRequest = z.infer<typeof exportRequestSchema>

export const exportMimeTypes: Record<ExportFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
}
