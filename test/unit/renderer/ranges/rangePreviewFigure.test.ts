import { describe, expect, it } from 'vitest'
import type { Range } from '../../../../shared/model/types'
import { rangePreviewFigure } from '../../../../renderer/src/views/uncertainty/ranges/rangePreviewFigure'

const tokens: Range = {
  path: 'features/support-agent/steps/triage/inputTokens',
  low: 8000,
  likely: 14000,
  high: 20000,
  shape: 'pert',
}

const labels = (range: Range) =>
  (rangePreviewFigure(range, 150).layout.annotations ?? []).map((note) => note.text)

describe('the preview of a range', () => {
  it('draws the density from low to high with low, likely and high marked', () => {
    const figure = rangePreviewFigure(tokens, 150)
    const [curve] = figure.data
    expect((curve?.x as number[])[0]).toBe(8000)
    expect((curve?.x as number[]).at(-1)).toBe(20000)
    expect(labels(tokens)).toEqual(['Low 8,000', 'Likely 14,000', 'High 20,000'])
    expect(figure.layout.height).toBe(150)
  })

  it('marks a lognormal’s percentiles and median, in the field’s unit', () => {
    const price: Range = {
      path: 'features/a/pricePerUnit',
      low: 1,
      likely: 0,
      high: 4,
      shape: 'lognormal',
    }
    expect(labels(price)).toEqual(['P5 $1.00', 'Median $2.00', 'P95 $4.00'])
    expect(rangePreviewFigure(price, 150).layout.xaxis?.tickprefix).toBe('$')
  })

  it('shows a zero-width range as its one value', () => {
    const figure = rangePreviewFigure({ ...tokens, low: 14000, high: 14000 }, 150)
    expect(figure.data[0]?.x).toEqual([14000])
    expect(figure.layout.annotations).toEqual([])
  })
})
