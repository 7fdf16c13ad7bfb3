import { describe, expect, it } from 'vitest'
import { histogramBins, marginHistogramFigure } from '../../../shared/charts/marginHistogramFigure'
import { zoneStyles } from '../../../shared/report/zones'

// Floor 55: two draws below it, three within the 5-point band, five well above.
const samples = Float64Array.from([50, 54.9, 55, 57, 59.99, 60, 62, 64, 66, 70])
const options = { floorPct: 55, deterministic: 61, p5: 52, p95: 68 }

describe('histogramBins', () => {
  it('puts edges on the floor, so each bin has one zone', () => {
    const bins = histogramBins(samples, 55)
    // A 20-point spread over about 40 bins: half-point bins, from 50 up to 70.
    expect(bins[0]).toMatchObject({ low: 50, width: 0.5 })
    expect(bins.at(-1)?.low).toBe(70)
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(10)
    const zoneOfDraw = (draw: number) =>
      bins.find((bin) => draw >= bin.low && draw < bin.low + bin.width)?.zone
    expect([50, 54.9].map(zoneOfDraw)).toEqual(['red', 'red'])
    expect([55, 57, 59.99].map(zoneOfDraw)).toEqual(['yellow', 'yellow', 'yellow'])
    expect([60, 70].map(zoneOfDraw)).toEqual(['green', 'green'])
  })

  it('leaves out draws without a margin', () => {
    expect(histogramBins([NaN, NaN], 55)).toEqual([])
    const bins = histogramBins([NaN, 60], 55)
    expect(bins).toEqual([{ low: 60, width: 0.05, count: 1, zone: 'green' }])
  })
})

describe('marginHistogramFigure', () => {
  const figure = marginHistogramFigure(samples, options)

  it('colours bars by zone, worst first, as shares of the draws', () => {
    expect(figure.data.map((trace) => trace.name)).toEqual([
      'Below the 55% floor',
      'Within 5 pts of the floor',
      '5+ pts above the floor',
    ])
    expect(figure.data.map((trace) => trace.marker?.color)).toEqual([
      zoneStyles.red.color,
      zoneStyles.yellow.color,
      zoneStyles.green.color,
    ])
    // Bins between draws stay, empty, so the bars keep their places on the axis.
    const [red] = figure.data
    const drawn = (red?.y as number[]).flatMap((share, i) => (share > 0 ? [red?.x?.[i]] : []))
    expect(drawn).toEqual([50.25, 54.75])
    expect((red?.y as number[]).filter((share) => share > 0)).toEqual([10, 10])
  })

  it('marks and labels the floor, the plan, P5 and P95', () => {
    const lines = figure.layout.shapes?.map((shape) => shape.x0)
    expect(lines).toEqual([55, 61, 52, 68])
    expect(figure.layout.shapes?.[0]?.line?.dash).toBe('dash')
    expect(figure.layout.annotations?.map((a) => a.text)).toEqual([
      'Floor 55%',
      'Plan 61.0%',
      'P5 52.0%',
      'P95 68.0%',
    ])
  })

  it('keeps the floor in view even when every draw is far above it', () => {
    const high = marginHistogramFigure([80, 81, 82], { ...options, p5: 80, p95: 82 })
    const [low] = high.layout.xaxis?.range as [number, number]
    expect(low).toBeLessThan(55)
  })

  it('says how many draws had no margin', () => {
    const some = marginHistogramFigure([60, NaN, NaN], options)
    expect(some.layout.xaxis?.title).toEqual({
      text: 'Portfolio gross margin (%) · 2 draws without revenue not shown',
    })
    expect(some.data[0]?.y).toEqual([100])
    expect(figure.layout.yaxis?.title).toEqual({ text: 'Share of draws (%)' })
  })
})
