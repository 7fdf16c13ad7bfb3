/** The shapes a range can take (DESIGN.md §11), named and explained for people. */
import type { Range, RangeShape } from '../../../../../shared/model/types'

export interface ShapeOption {
  value: RangeShape
  label: string
  /** What the shape does with low, likely and high, for the select's tooltip and the dialog. */
  hint: string
}

export const SHAPE_OPTIONS: readonly ShapeOption[] = [
  { value: 'pert', label: 'PERT', hint: 'Smooth, most draws near likely; the usual choice.' },
  {
    value: 'triangular',
    label: 'Triangular',
    hint: 'Straight lines from low up to likely and down to high: more weight in the tails than PERT.',
  },
  { value: 'uniform', label: 'Uniform', hint: 'Every value from low to high equally likely.' },
  {
    value: 'lognormal',
    label: 'Lognormal',
    hint: 'Skewed to the right: low and high are its 5th and 95th percentiles, likely is not used.',
  },
]

export function shapeLabel(shape: RangeShape): string {
  return SHAPE_OPTIONS.find((option) => option.value === shape)?.label ?? shape
}

/** Lognormal reads low and high as percentiles and ignores likely (§11). */
export const usesLikely = (shape: RangeShape): boolean => shape !== 'lognormal'

/** "8,000 – 20,000 (PERT)"; a lognormal's ends are its P5 and P95, and say so. */
export function rangeSpanText(range: Range, format: (value: number) => string): string {
  const ends = `${format(range.low)} – ${format(range.high)}`
  const shape = shapeLabel(range.shape)
  return usesLikely(range.shape) ? `${ends} (${shape})` : `${ends} (${shape}, P5–P95)`
}
