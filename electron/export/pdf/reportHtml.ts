/**
 * The board report as one self-contained, print-styled HTML page: the deck's content in the
 * screen's charts, for Electron's printToPDF or a headless Chromium to print. Sections run in the
 * order a board reads them: where we stand, why, where it is going and how sure that is, what is at
 * risk, the options and the plan to lift margin; then, when the file holds imported actuals, the
 * last week as it happened; then the assumptions.
 */
import type { BoardReport } from '../../../shared/report/boardReport'
import { formatMonth } from '../../../shared/report/labels'
import { pageShell } from './pageShell'
import { appendixSection } from './sections/appendix'
import { forecastSection, waterfallSection } from './sections/charts'
import { cohortsSection } from './sections/cohorts'
import { featureMarginsSection } from './sections/featureMargins'
import { kpiTilesHtml } from './sections/kpis'
import { marginPlanSection } from './sections/marginPlan'
import { rangeOfOutcomesSection } from './sections/rangeOfOutcomes'
import { selfHostSection } from './sections/selfHost'
import { atRiskSection, comparisonSection } from './sections/tables'
import { formatDay, shorten } from '../../../shared/report/labels'
import { titleBlock } from './sections/titleBlock'
import { weeklyReviewSection } from './sections/weeklyReview'

/** Names longer than this are cut in the running header, which has one line. */
const headerNameChars = 60

export function reportHtml(report: BoardReport): string {
  const month = formatMonth(report.month.label)
  const body = [
    titleBlock(report),
    kpiTilesHtml(report),
    waterfallSection(report),
    featureMarginsSection(report),
    atRiskSection(report),
    forecastSection(report),
    rangeOfOutcomesSection(report),
    comparisonSection(report),
    cohortsSection(report),
    selfHostSection(report),
    marginPlanSection(report),
    weeklyReviewSection(report),
    appendixSection(report),
  ]
  return pageShell({
    title: `${report.workspaceName} — AI margin report, ${month}`,
    running: {
      header: `${shorten(report.workspaceName, headerNameChars)} · ${shorten(report.scenario.name, headerNameChars)}`,
      month: `As of ${month}`,
      footer: `AI margin report · prepared ${formatDay(report.generatedOn)}`,
    },
    body: body.join('\n'),
  })
}
