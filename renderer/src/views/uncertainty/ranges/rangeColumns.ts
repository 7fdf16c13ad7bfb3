/** The columns of the Ranges grid: the input in words, its range, and where the range comes from. */
import { likelyValueOf } from '../../../../../shared/simulation'
import { computedColumn } from '../../../grids/fieldColumns'
import type { CellValue, GridColumn, ParsedCell } from '../../../grids/gridColumn'
import { parseNumberInput } from '../../../grids/parseInput'
import { rangeCellPath, type RangeField } from './rangeEdits'
import { originWords, type RangeRow } from './rangeRows'
import { SHAPE_OPTIONS, usesLikely } from './rangeShapes'
import { formatRangeValue } from './rangeTargets'

export interface RangeGridRow extends RangeRow {
  /** The input in words, read in the document the active scenario sees. */
  words: string
}

/**
 * One column holds ranges of percents, dollars and counts: "95%" is read as 95 like "95", and
 * "$1.20" as 1.2, rather than refused for the wrong kind.
 */
function parseRangeNumber(raw: string): ParsedCell {
  if (raw.trim() === '') return { ok: false, reason: 'a value is required' }
  const parsed = parseNumberInput(raw, raw.trim().endsWith('%') ? 'percent' : 'number')
  return parsed.ok ? { ok: true, value: parsed.value } : parsed
}

function numberColumn(
  field: Extract<RangeField, 'low' | 'likely' | 'high'>,
  label: string,
  headerTooltip: string,
  options: Partial<GridColumn<RangeGridRow>> = {},
): GridColumn<RangeGridRow> {
  return {
    id: field,
    label,
    kind: 'number',
    width: 96,
    headerTooltip,
    value: (row) => row.range[field],
    format: (value: CellValue, row) =>
      typeof value === 'number' ? formatRangeValue(row.range.path, value) : '',
    parse: parseRangeNumber,
    path: (row) => rangeCellPath(row.storedAt, field),
    ...options,
  }
}

export const rangeColumns: GridColumn<RangeGridRow>[] = [
  computedColumn('input', 'Input', 'text', (row) => row.words, {
    flex: 1,
    minWidth: 200,
    wrap: true,
    tooltip: (row) => row.range.path,
  }),
  numberColumn('low', 'Low', 'The lowest value a draw takes (a lognormal: its 5th percentile)'),
  numberColumn('likely', 'Likely', 'The value the plan uses; draws gather around it', {
    // A lognormal does not use likely: the cell shows its median, read-only.
    value: (row) => likelyValueOf(row.range),
    path: (row) => (usesLikely(row.range.shape) ? rangeCellPath(row.storedAt, 'likely') : null),
    tooltip: (row) =>
      usesLikely(row.range.shape) ? undefined : 'Lognormal: likely is not used; its median shown',
  }),
  numberColumn('high', 'High', 'The highest value a draw takes (a lognormal: its 95th percentile)'),
  {
    id: 'shape',
    label: 'Shape',
    kind: 'enum',
    width: 112,
    options: SHAPE_OPTIONS,
    value: (row) => row.range.shape,
    path: (row) => rangeCellPath(row.storedAt, 'shape'),
    headerTooltip: 'How draws spread between low and high',
  },
  {
    id: 'group',
    label: 'Group',
    kind: 'text',
    optional: true,
    width: 112,
    value: (row) => row.range.group,
    path: (row) => rangeCellPath(row.storedAt, 'group'),
    headerTooltip: 'Ranges in one group move together: one draw moves them all',
  },
  computedColumn('from', 'From', 'text', (row) => originWords(row.origin), {
    width: 150,
    wrap: true,
    headerTooltip: 'Where the range is set: the baseline, this scenario, or a parent scenario',
  }),
]
