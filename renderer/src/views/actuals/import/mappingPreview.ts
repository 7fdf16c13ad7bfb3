/**
 * The mapping screen's preview: the file's first records as the mapping would import them, their
 * counts, and what the mapping's tables could still map (values with no feature, model names
 * matching no workspace model, customers seen).
 */
import { formatParsers } from '../../../../../shared/actuals/formats'
import {
  ImportRefused,
  type ImportCounts,
  type ParseOutcome,
  type RawRecord,
} from '../../../../../shared/actuals/types'
import { previewRecords, type PreviewRow } from '../../../../../shared/actuals/usageImport'
import type { ActualsMapping, WorkspaceDoc } from '../../../../../shared/model/types'

export type PreviewStatus = 'matched' | 'unmatched' | 'skipped' | 'rejected'

export interface PreviewLine extends PreviewRow {
  status: PreviewStatus
}

export interface MappingPreview {
  lines: PreviewLine[]
  counts: ImportCounts
  /** Why the mapping cannot read the file at all (a generic CSV without its day column). */
  refusal: string | null
  /** What was read where the feature should be, for rows that matched no feature ('' left out). */
  unmatchedValues: string[]
  /** Model names of matched rows that match no workspace model. */
  unknownModels: string[]
  customers: string[]
}

const distinct = (values: Iterable<string>): string[] => [...new Set(values)]

export function mappingPreview(
  doc: WorkspaceDoc,
  mapping: ActualsMapping,
  raws: readonly RawRecord[],
): MappingPreview {
  const parser = formatParsers[mapping.id]
  const kinds = new Map<number, ParseOutcome['kind']>()
  const parse = (raw: RawRecord): ParseOutcome => {
    const outcome = parser.parse(raw, mapping.columns)
    kinds.set(raw.line, outcome.kind)
    return outcome
  }
  let rows: PreviewRow[]
  try {
    rows = previewRecords(doc, parse, mapping, raws)
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error
    const counts = { read: raws.length, matched: 0, unmatched: 0, rejected: 0, skipped: 0 }
    return {
      lines: [],
      counts,
      refusal: error.message,
      unmatchedValues: [],
      unknownModels: [],
      customers: [],
    }
  }
  const lines = rows.map((row): PreviewLine => {
    if (row.resolution !== null) {
      return { ...row, status: row.resolution.matched ? 'matched' : 'unmatched' }
    }
    return { ...row, status: kinds.get(row.line) === 'rejected' ? 'rejected' : 'skipped' }
  })
  return {
    lines,
    counts: countsOf(raws, lines),
    refusal: null,
    unmatchedValues: distinct(
      lines.flatMap((l) =>
        l.resolution?.matched === false && l.resolution.value !== '' ? [l.resolution.value] : [],
      ),
    ),
    unknownModels: distinct(
      lines.flatMap((l) =>
        l.resolution?.matched && l.resolution.modelId === null && l.record?.model !== undefined
          ? [l.record.model]
          : [],
      ),
    ),
    customers: distinct(
      lines.flatMap((l) => (l.resolution?.matched ? [l.resolution.customerId] : [])),
    ),
  }
}

/** A raw record counts once, as the import counts it: matched when any of its records is. */
function countsOf(raws: readonly RawRecord[], lines: readonly PreviewLine[]): ImportCounts {
  const status = new Map<number, PreviewStatus>()
  for (const line of lines) {
    if (status.get(line.line) !== 'matched') status.set(line.line, line.status)
  }
  const counts: ImportCounts = {
    read: raws.length,
    matched: 0,
    unmatched: 0,
    rejected: 0,
    skipped: 0,
  }
  for (const raw of raws) counts[status.get(raw.line) ?? 'skipped'] += 1
  return counts
}
