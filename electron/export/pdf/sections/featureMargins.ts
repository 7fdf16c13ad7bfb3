import {
  buildFeatureMarginFigure,
  sortByMargin,
} from '../../../../shared/charts/featureMarginFigure'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { chartHtml } from '../chartHtml'
import { sectionHtml } from './section'

/** Rows per chart: the screen's row height keeps this many (and the axis) inside one page. */
export const featuresPerChart = 15

const caption =
  "Gross margin per feature, highest first; the black tick marks each feature's floor."

/**
 * Margin by feature against its floor, in charts of at most `featuresPerChart` rows, each on one
 * page, continuing in the same order: a long portfolio takes more pages, never a cut chart.
 */
export function featureMarginsSection(report: BoardReport): string {
  const sorted = sortByMargin(report.result.features)
  if (sorted.length === 0) {
    return sectionHtml('Margin by feature', caption, '<p class="empty">No features yet.</p>')
  }
  const chunks = Math.ceil(sorted.length / featuresPerChart)
  return Array.from({ length: chunks }, (_, index) => {
    const features = sorted.slice(index * featuresPerChart, (index + 1) * featuresPerChart)
    const figure = buildFeatureMarginFigure({ features, names: report.names.features })
    const title =
      chunks === 1 ? 'Margin by feature' : `Margin by feature (${index + 1} of ${chunks})`
    const label = `Gross margin of ${features.length} features against their floors`
    return sectionHtml(title, caption, chartHtml(figure, label), { keep: true })
  }).join('\n')
}
