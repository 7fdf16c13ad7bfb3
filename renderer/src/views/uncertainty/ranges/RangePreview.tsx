import { useMemo } from 'react'
import type { Range } from '../../../../../shared/model/types'
import { Plot } from '../../../charts/Plot'
import { isDrawable } from './rangeDraft'
import { rangePreviewFigure } from './rangePreviewFigure'

interface RangePreviewProps {
  range: Range | null
  /** The input in words, for screen readers. */
  words: string
  height: number
  testId?: string
}

/** A range's distribution, or what is missing before it can be drawn. */
export function RangePreview({ range, words, height, testId }: RangePreviewProps) {
  const drawable = range !== null && isDrawable(range)
  const figure = useMemo(
    () => (drawable ? rangePreviewFigure(range, height) : null),
    [drawable, range, height],
  )
  if (figure === null) {
    return (
      <p className="range-preview-empty" style={{ height }} data-testid={testId}>
        The preview appears once low, likely and high are numbers in that order.
      </p>
    )
  }
  return <Plot figure={figure} ariaLabel={`Distribution of ${words}`} testId={testId} />
}
