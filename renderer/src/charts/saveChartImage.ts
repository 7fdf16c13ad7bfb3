/**
 * The mode bar's camera, replaced: Plotly's own saves the on-screen figure, which has no title
 * (the card's header holds it) and is named "newplot.png". This one saves a copy with the title,
 * scenario and month drawn in, under a file name that says the same.
 */
import type { Config, DownloadImgopts, PlotlyHTMLElement } from 'plotly.js'
import type { Figure } from '../../../shared/charts/figure'
import { plotConfig } from '../../../shared/charts/theme'
import { chartImageFileName, figureForImage, type ChartSubject } from './chartImage'
import type { PlotlyModule } from './loadPlotly'

export interface ChartImageSource {
  figure: Figure
  title: string
  subject: ChartSubject | null
}

/** Narrow cards would squeeze the title; an image is at least this wide. */
const minImageWidthPx = 640

const saveImageButtonTitle = 'Download chart as PNG'

function saveImage(plotly: PlotlyModule, element: PlotlyHTMLElement, source: ChartImageSource) {
  // Outside a workspace (never, in practice) the image still gets its title.
  const subject = source.subject ?? { caption: '', fileStem: 'chart' }
  const legendPx = element.querySelector('.legend')?.getBoundingClientRect().height ?? 0
  const { data, layout } = figureForImage(source.figure, source.title, subject, legendPx)
  const options: DownloadImgopts & { scale: number } = {
    format: 'png',
    filename: chartImageFileName(subject, source.title),
    width: Math.max(element.clientWidth, minImageWidthPx),
    height: layout.height ?? null,
    scale: 2,
  }
  void plotly.downloadImage({ data, layout, config: { displayModeBar: false } }, options)
}

/** plotConfig with the camera that saves `source()` (read at click time, so it is current). */
export function configWithImageButton(
  plotly: PlotlyModule,
  source: () => ChartImageSource,
): Partial<Config> {
  return {
    ...plotConfig,
    modeBarButtonsToRemove: [...(plotConfig.modeBarButtonsToRemove ?? []), 'toImage'],
    modeBarButtonsToAdd: [
      {
        name: 'saveImage',
        title: saveImageButtonTitle,
        icon: plotly.Icons.camera,
        click: (element) => saveImage(plotly, element, source()),
      },
    ],
  }
}
