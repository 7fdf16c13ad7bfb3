import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../../shared/charts/figure'
import type { WorkspaceDoc } from '../../../shared/model/types'
import {
  chartImageFileName,
  figureForImage,
  scenarioSubject,
} from '../../../renderer/src/charts/chartImage'
import { repoPath } from '../../fixtures/paths'

const doc = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

describe('a saved chart says what it shows', () => {
  it('names the file by workspace, scenario, month and chart title', () => {
    const subject = scenarioSubject(doc, 'price-complex', 1)
    expect(chartImageFileName(subject, 'Margin by feature')).toBe(
      'support-agent-simple-vs-complex-price-complex-resolutions-at-5-2027-01-margin-by-feature',
    )
    expect(chartImageFileName(scenarioSubject(doc, null, 0), 'Forecast')).toBe(
      'support-agent-simple-vs-complex-baseline-2026-12-forecast',
    )
  })

  it('captions the image with the scenario and the month in words', () => {
    expect(scenarioSubject(doc, 'route-mini', 0).caption).toBe(
      'Route 30% of complex calls to mini · Dec 2026',
    )
  })

  const figure: Figure = {
    data: [{ type: 'bar', x: [1], y: [2] }],
    layout: { height: 300, margin: { t: 24, l: 8 }, paper_bgcolor: 'rgba(0,0,0,0)' },
  }
  const subject = { caption: 'R&D <beta> · Jan 2027', fileStem: 'x' }
  const saved = figureForImage(figure, 'Margin & floor', subject)

  it('adds the title and caption above the plot, escaped, with room for them', () => {
    expect(saved.layout.title?.text).toBe('<b>Margin &amp; floor</b>')
    expect(saved.layout.title?.subtitle).toMatchObject({ text: 'R&amp;D &lt;beta&gt; · Jan 2027' })
    const added = (saved.layout.height ?? 0) - 300
    expect(added).toBeGreaterThan(0)
    expect(saved.layout.margin).toEqual({ t: 24 + added, l: 8 })
  })

  it('makes room under the title for a legend that wraps above the plot', () => {
    const legendAbove: Figure = {
      data: figure.data,
      layout: { height: 400, margin: { t: 32 }, legend: { y: 1, yanchor: 'bottom' } },
    }
    const oneLine = figureForImage(legendAbove, 'Forecast', subject, 20)
    const twoLines = figureForImage(legendAbove, 'Forecast', subject, 44)
    expect((twoLines.layout.margin?.t ?? 0) - (oneLine.layout.margin?.t ?? 0)).toBe(44 + 8 - 32)
    expect((twoLines.layout.height ?? 0) - (oneLine.layout.height ?? 0)).toBe(44 + 8 - 32)
    // A legend below the plot takes nothing from the top.
    const below = {
      ...legendAbove,
      layout: { ...legendAbove.layout, legend: { y: 0, yref: 'container' as const } },
    }
    expect(figureForImage(below, 'Forecast', subject, 44).layout.margin).toEqual(
      oneLine.layout.margin,
    )
  })

  it('draws on white, so the picture stays readable on a dark slide', () => {
    expect(saved.layout.paper_bgcolor).toBe('#ffffff')
  })

  it('leaves the on-screen figure as it was', () => {
    expect(figure.layout).toEqual({
      height: 300,
      margin: { t: 24, l: 8 },
      paper_bgcolor: 'rgba(0,0,0,0)',
    })
    expect(saved.data).toBe(figure.data)
  })
})
