import type { Range } from '../../../../shared/model/types'
import { rangeSpanText } from '../../views/uncertainty/ranges/rangeShapes'
import { formatByKind, type GridColumn } from '../gridColumn'

/** "Range 8,000 – 20,000 (PERT)", in the cell's own number format; undefined without a range. */
export function rangeMarkerText<Row>(
  column: GridColumn<Row>,
  range: Range | undefined,
): string | undefined {
  if (range === undefined) return undefined
  const format = (value: number) => formatByKind(column.kind, value, column.options)
  return `Range ${rangeSpanText(range, format)}`
}
