/**
 * A chart saved as a picture travels alone (pasted into a deck, mailed to the board), so it must
 * say what it shows: the image carries the card's title with the scenario and month under it,
 * and its file name says the same ("helpdesk-ai-suite-baseline-2026-12-margin-by-feature.png").
 */
import type { Figure } from '../../../shared/charts/figure'
import { escapeText, palette } from '../../../shared/charts/theme'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { reportFileStem, slugify } from '../../../shared/report/fileNames'
import { monthName } from '../../../shared/report/labels'
import { scenarioName } from '../../../shared/report/scenarioNames'

/** What every chart of a screen is about, beyond its own title. */
export interface ChartSubject {
  /** The line under the title in a saved image: "Price rise · Mar 2026". */
  caption: string
  /** reportFileStem: workspace, scenario and month, as the screen's CSV files are named. */
  fileStem: string
}

/** One scenario at one month (0: the workspace's start month). */
export function scenarioSubject(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): ChartSubject {
  return {
    caption: `${scenarioName(doc, scenarioId)} · ${monthName(doc, month)}`,
    fileStem: reportFileStem(doc, scenarioId, month),
  }
}

/** The name Plotly saves under; it adds the ".png" itself. */
export function chartImageFileName(subject: ChartSubject, title: string): string {
  return `${subject.fileStem}-${slugify(title)}`
}

/** Room above the plot for the title and its caption line. */
const headingPx = 56

/** A legend anchored on the plot's top edge grows upwards, into the band the title takes. */
function legendAbovePlot(layout: Figure['layout']): boolean {
  const legend = layout.legend
  return (
    layout.showlegend !== false &&
    legend?.yref !== 'container' &&
    (legend?.y ?? 1) >= 1 &&
    legend?.yanchor === 'bottom'
  )
}

/**
 * The figure as saved: a title and caption added above the plot (the screen shows them in the
 * card's header instead), on white, since a transparent PNG disappears into a dark slide.
 * `legendPx` is the legend's height as drawn on screen: when it sits above the plot (and long
 * scenario names wrap it onto more lines), the band under the title grows to hold it.
 */
export function figureForImage(
  figure: Figure,
  title: string,
  subject: ChartSubject,
  legendPx = 0,
): Figure {
  const { layout } = figure
  const margin = layout.margin ?? {}
  const top = Math.max(margin.t ?? 0, legendAbovePlot(layout) ? legendPx + 8 : 0)
  return {
    data: figure.data,
    layout: {
      ...layout,
      title: {
        text: `<b>${escapeText(title)}</b>`,
        font: { size: 16, color: palette.text },
        subtitle: { text: escapeText(subject.caption), font: { size: 12, color: palette.muted } },
        xref: 'container',
        x: 0,
        xanchor: 'left',
        yref: 'container',
        y: 1,
        yanchor: 'top',
        pad: { l: 12, t: 12 },
      },
      margin: { ...margin, t: top + headingPx },
      height: (layout.height ?? 400) + headingPx + top - (margin.t ?? 0),
      paper_bgcolor: palette.card,
    },
  }
}
